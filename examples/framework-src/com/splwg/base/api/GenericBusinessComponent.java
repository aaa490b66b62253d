package com.splwg.base.api;

import com.splwg.base.api.datatypes.DateTime;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.shared.common.ServerMessage;

/**
 * Base class of framework-managed Java components: algorithms (through their generated
 * {@code _Gen} super class), batch jobs and workers, business components and change handlers.
 * Provides data access, error reporting and the business clock.
 *
 * <p>Custom business components extend it directly:
 * {@code public class CmXxx_Impl extends GenericBusinessComponent implements CmXxx}, with the
 * {@code @BusinessComponent (customizationReplaceable = true)} tag in the class Javadoc.
 */
public abstract class GenericBusinessComponent {

    protected boolean isNull(Object value) {
        return value == null;
    }

    protected boolean notNull(Object value) {
        return value != null;
    }

    /** True for {@code null}, empty or all-blank strings (CHAR columns are blank-padded). */
    protected boolean isBlankOrNull(String value) {
        return value == null || value.trim().isEmpty();
    }

    protected boolean notBlank(String value) {
        return !isBlankOrNull(value);
    }

    /**
     * Reports an error and stops processing: throws an {@code ApplicationError} carrying the
     * message, which rolls back the current transaction (or the work unit in batch).
     */
    protected void addError(ServerMessage message) {
        throw new UnsupportedOperationException("API stub");
    }

    /** Adds a warning the online user must confirm; ignored in batch. */
    protected void addWarning(ServerMessage message) {
        throw new UnsupportedOperationException("API stub");
    }

    /**
     * Creates a native SQL statement on the current transaction. The description appears in SQL
     * traces; by convention it names the component and what the statement does.
     */
    protected PreparedStatement createPreparedStatement(String sql, String description) {
        throw new UnsupportedOperationException("API stub");
    }

    /** Creates an HQL query over entities; see {@link Query}. */
    protected <T> Query<T> createQuery(String hql, String description) {
        throw new UnsupportedOperationException("API stub");
    }

    /**
     * Creates an empty DTO for inserting a new row of {@code entityClass}, e.g.
     * {@code PersonCharacteristic_DTO dto = createDTO(PersonCharacteristic.class);}
     */
    protected <D extends DataTransferObject<?>> D createDTO(Class<? extends BusinessEntity> entityClass) {
        throw new UnsupportedOperationException("API stub");
    }

    /**
     * The business "now": the batch business date under a batch job, otherwise the session's
     * date and time. Use {@code getProcessDateTime().getDate()} for "today".
     */
    protected DateTime getProcessDateTime() {
        throw new UnsupportedOperationException("API stub");
    }

    /** The database server's current date and time (wall clock). */
    protected DateTime getSystemDateTime() {
        throw new UnsupportedOperationException("API stub");
    }

    /** Language of the current user, for messages and descriptions. */
    protected String getActiveContextLanguageCode() {
        throw new UnsupportedOperationException("API stub");
    }

    /** User id of the current session (the batch user under a batch job). */
    protected String getActiveContextUserId() {
        throw new UnsupportedOperationException("API stub");
    }
}
