package com.splwg.base.api;

import java.math.BigDecimal;
import java.math.BigInteger;

import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.datatypes.DateTime;
import com.splwg.base.api.datatypes.EntityId;
import com.splwg.base.api.datatypes.Lookup;

/** One row of an HQL {@link Query} that declared result columns with {@code addResult}. */
public interface QueryResultRow {

    /** The entity in result column {@code resultName}, e.g. {@code row.getEntity("alg", Algorithm.class)}. */
    <E extends BusinessEntity> E getEntity(String resultName, Class<E> entityClass);

    /** The key in result column {@code resultName}, e.g. {@code row.getId("accountId", Account.class)}. */
    <I extends EntityId<?>> I getId(String resultName, Class<? extends BusinessEntity> entityClass);

    String getString(String resultName);

    BigDecimal getBigDecimal(String resultName);

    BigInteger getInteger(String resultName);

    Date getDate(String resultName);

    DateTime getDateTime(String resultName);

    <L extends Lookup> L getLookup(String resultName, Class<L> lookupClass);

    Object get(String resultName);
}
