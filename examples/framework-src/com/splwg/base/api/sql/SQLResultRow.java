package com.splwg.base.api.sql;

import java.math.BigDecimal;
import java.math.BigInteger;

import com.splwg.base.api.BusinessEntity;
import com.splwg.base.api.datatypes.Bool;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.datatypes.DateTime;
import com.splwg.base.api.datatypes.EntityId;
import com.splwg.base.api.datatypes.Lookup;

/**
 * One row returned by a {@link PreparedStatement}. Columns are addressed by name or alias as
 * written in the select list. {@code CHAR} columns come back blank-padded: trim them
 * ({@code row.getString("SA_TYPE_CD").trim()}) before comparing.
 */
public interface SQLResultRow {

    String getString(String columnName);

    BigDecimal getBigDecimal(String columnName);

    BigInteger getInteger(String columnName);

    Date getDate(String columnName);

    DateTime getDateTime(String columnName);

    /** A {@code 'Y'}/{@code 'N'} switch column. */
    Bool getBoolean(String columnName);

    /** A key column as the entity's {@code _Id}, e.g. {@code row.getId("ACCT_ID", Account.class)}. */
    <I extends EntityId<?>> I getId(String columnName, Class<? extends BusinessEntity> entityClass);

    /** A key column resolved to its entity, or {@code null} when blank. */
    <E extends BusinessEntity> E getEntity(String columnName, Class<E> entityClass);

    <L extends Lookup> L getLookup(String columnName, Class<L> lookupClass);

    Object get(String columnName);
}
