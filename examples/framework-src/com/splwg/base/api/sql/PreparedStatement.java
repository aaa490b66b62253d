package com.splwg.base.api.sql;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.List;

import com.splwg.base.api.BusinessEntity;
import com.splwg.base.api.datatypes.Bool;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.datatypes.DateTime;
import com.splwg.base.api.datatypes.Id;
import com.splwg.base.api.datatypes.Lookup;
import com.splwg.base.api.datatypes.Money;

/**
 * Native SQL statement executed on the application's connection, inside the current
 * transaction. Create it with {@code createPreparedStatement(sql, description)}; the description
 * appears in SQL traces, so name the component and the purpose.
 *
 * <p>Use named bind variables ({@code :billId}) and the typed bind methods; never concatenate
 * values into the SQL text. {@code CHAR} key columns are blank-padded, so bind strings with
 * {@link #bindString(String, String, String)} giving the database field name, which pads the value
 * to the field's length.
 *
 * <p>A statement closes itself after the first read unless {@link #setAutoclose(boolean)} was
 * called with {@code false} (needed when it is executed several times). Always call
 * {@link #close()} in a {@code finally} block:
 *
 * <pre>
 * PreparedStatement ps = createPreparedStatement(
 *     "SELECT BSEG_ID FROM CI_BSEG WHERE BILL_ID = :billId AND BSEG_STAT_FLG = :status",
 *     "CmXxx - frozen segments of bill");
 * try {
 *     ps.bindId("billId", bill.getId());
 *     ps.bindLookup("status", BillSegmentStatusLookup.constants.FROZEN);
 *     for (SQLResultRow row : ps.list()) { ... }
 * } finally {
 *     ps.close();
 * }
 * </pre>
 */
public interface PreparedStatement extends AutoCloseable {

    /** Binds a primary-key value. */
    void bindId(String bindName, Id id);

    /**
     * Binds a string; {@code fieldName} is the database field (e.g. {@code "ACCT_ID"}) whose
     * length is used to pad the value for {@code CHAR} comparisons.
     */
    void bindString(String bindName, String value, String fieldName);

    /** Binds the stored value of a lookup, e.g. {@code AdjustmentStatusLookup.constants.FROZEN}. */
    void bindLookup(String bindName, Lookup lookup);

    /** Binds the primary key of an entity. */
    void bindEntity(String bindName, BusinessEntity entity);

    void bindDate(String bindName, Date date);

    void bindDateTime(String bindName, DateTime dateTime);

    void bindBigInteger(String bindName, BigInteger value);

    void bindBigDecimal(String bindName, BigDecimal value);

    /** Binds a switch as {@code 'Y'} / {@code 'N'}. */
    void bindBoolean(String bindName, Bool value);

    /** Binds the amount of a money value. */
    void bindMoney(String bindName, Money value);

    /** {@code false} keeps the statement open after the first read so it can be re-bound and re-run. */
    void setAutoclose(boolean autoclose);

    void setMaxResults(int maxResults);

    /** All result rows (possibly empty, never {@code null}). */
    List<SQLResultRow> list();

    /** First result row, or {@code null} when the query returns nothing. */
    SQLResultRow firstRow();

    /** Streams result rows without materialising the full list. */
    Iterator<SQLResultRow> iterate();

    /** Executes a DML statement and returns the number of rows affected. */
    int execute();

    /** Executes an INSERT, UPDATE or DELETE and returns the number of rows affected. */
    int executeUpdate();

    /** Releases the cursor. */
    @Override
    void close();
}
