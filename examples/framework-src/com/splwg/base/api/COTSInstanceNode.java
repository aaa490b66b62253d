package com.splwg.base.api;

import java.math.BigDecimal;
import java.math.BigInteger;

import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.datatypes.DateTime;
import com.splwg.base.api.datatypes.Lookup;
import com.splwg.base.api.datatypes.Money;

/**
 * A node of a schema-based instance (business object, business service, service script or data
 * area). Paths are XPath-like element names from the schema, e.g. {@code "accountId"} or
 * {@code "txnDetail/txnAmount"}; flattened fields use their mapped names.
 */
public abstract class COTSInstanceNode {

    public String getString(String path) {
        return null;
    }

    public BigDecimal getNumber(String path) {
        return null;
    }

    public BigInteger getInteger(String path) {
        return null;
    }

    public Boolean getBoolean(String path) {
        return null;
    }

    public Date getDate(String path) {
        return null;
    }

    public DateTime getDateTime(String path) {
        return null;
    }

    public Money getMoney(String path) {
        return null;
    }

    public <L extends Lookup> L getLookup(String path, Class<L> lookupClass) {
        return null;
    }

    /** Foreign-key element resolved to its entity, or {@code null} when blank. */
    public <E extends BusinessEntity> E getEntity(String path, Class<E> entityClass) {
        return null;
    }

    /** Sets an element; the value may be a String, number, Date, DateTime, Bool, Lookup, Id or entity. */
    public void set(String path, Object value) {
        throw new UnsupportedOperationException("API stub");
    }

    /** The group node at {@code path}, created when absent. */
    public COTSInstanceNode getGroup(String path) {
        return null;
    }

    /** The group node at {@code path}, or {@code null} when absent. */
    public COTSInstanceNode getGroupFromPath(String path) {
        return null;
    }

    /** The list at {@code path}. */
    public COTSInstanceList getList(String path) {
        return null;
    }

    /** The node rendered as XML, for logging. */
    public String getXMLString() {
        return null;
    }
}
