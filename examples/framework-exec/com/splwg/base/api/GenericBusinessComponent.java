package com.splwg.base.api;

import com.splwg.base.api.datatypes.DateTime;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.shared.common.ServerMessage;

/** Executable build: data access on the scenario database, errors recorded, a fixed clock. */
public abstract class GenericBusinessComponent {

    protected boolean isNull(Object value) {
        return value == null;
    }

    protected boolean notNull(Object value) {
        return value != null;
    }

    protected boolean isBlankOrNull(String value) {
        return value == null || value.trim().isEmpty();
    }

    protected boolean notBlank(String value) {
        return !isBlankOrNull(value);
    }

    protected void addError(ServerMessage message) {
        throw ormbexec.Rt.addError(message);
    }

    protected void addWarning(ServerMessage message) {
        ormbexec.Rt.addWarning(message);
    }

    protected PreparedStatement createPreparedStatement(String sql, String description) {
        return new ormbexec.ExecPreparedStatement(sql, description);
    }

    protected <T> Query<T> createQuery(String hql, String description) {
        throw new ormbexec.NotExecutable("createQuery (HQL) - use createPreparedStatement");
    }

    @SuppressWarnings("unchecked")
    protected <D extends DataTransferObject<?>> D createDTO(Class<? extends BusinessEntity> entityClass) {
        try {
            return (D) Class.forName(entityClass.getName() + "_DTO").getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new ormbexec.NotExecutable("createDTO(" + entityClass.getName() + ")");
        }
    }

    protected DateTime getProcessDateTime() {
        return ormbexec.Rt.processDateTime();
    }

    protected DateTime getSystemDateTime() {
        return ormbexec.Rt.processDateTime();
    }

    protected String getActiveContextLanguageCode() {
        return "ENG";
    }

    protected String getActiveContextUserId() {
        return "SYSUSER";
    }
}
