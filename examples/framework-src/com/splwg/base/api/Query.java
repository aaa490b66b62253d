package com.splwg.base.api;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

import com.splwg.base.api.datatypes.Bool;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.datatypes.DateTime;
import com.splwg.base.api.datatypes.Id;
import com.splwg.base.api.datatypes.Lookup;

/**
 * An HQL query over entities (not tables), created with {@code createQuery(hql, description)}.
 * Without {@link #addResult(String, String)} each result is the entity named in the {@code from}
 * clause; with result columns each result is a {@link QueryResultRow}.
 *
 * <pre>
 * Query&lt;QueryResultRow&gt; query = createQuery(
 *     "from ServiceAgreement sa where sa.account = :account and sa.status = :status",
 *     "CmXxx - active contracts of account");
 * query.bindEntity("account", account);
 * query.bindLookup("status", ServiceAgreementStatusLookup.constants.ACTIVE);
 * query.addResult("sa", "sa");
 * </pre>
 *
 * @param <T> result type
 */
public interface Query<T> {

    int ASCENDING = 1;
    int DESCENDING = 2;

    void bindId(String bindName, Id id);

    void bindEntity(String bindName, BusinessEntity entity);

    void bindLookup(String bindName, Lookup lookup);

    void bindString(String bindName, String value, String fieldName);

    void bindDate(String bindName, Date date);

    void bindDateTime(String bindName, DateTime dateTime);

    void bindBigDecimal(String bindName, BigDecimal value);

    void bindBigInteger(String bindName, BigInteger value);

    void bindBoolean(String bindName, Bool value);

    /** Adds a named result column; {@code expression} is an HQL path such as {@code "sa.id"}. */
    void addResult(String resultName, String expression);

    void orderBy(String resultName, int direction);

    void orderBy(String resultName);

    void selectDistinct(boolean distinct);

    void setMaxResults(int maxResults);

    /** First result or {@code null}. */
    T firstRow();

    List<T> list();

    /** Streams results; use for large result sets (batch job work units). */
    QueryIterator<T> iterate();

    long listSize();
}
