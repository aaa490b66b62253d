package com.splwg.base.api;

import java.math.BigDecimal;
import java.math.BigInteger;

import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.datatypes.DateTime;
import com.splwg.base.api.datatypes.Lookup;
import com.splwg.base.api.datatypes.Money;

/** Executable build: elements live in an in-memory map keyed by path ({@code group/element}). */
public abstract class COTSInstanceNode {

    private Object raw(String path) {
        return ormbexec.Nodes.get(this, path);
    }

    public String getString(String path) {
        Object v = raw(path);
        return v == null ? null : String.valueOf(ormbexec.Rt.jdbc(v));
    }

    public BigDecimal getNumber(String path) {
        return (BigDecimal) ormbexec.Rt.convert(ormbexec.Rt.jdbc(raw(path)), BigDecimal.class, null);
    }

    public BigInteger getInteger(String path) {
        return (BigInteger) ormbexec.Rt.convert(ormbexec.Rt.jdbc(raw(path)), BigInteger.class, null);
    }

    public Boolean getBoolean(String path) {
        Object v = raw(path);
        return v == null ? null : (Boolean) ormbexec.Rt.convert(ormbexec.Rt.jdbc(v), Boolean.class, null);
    }

    public Date getDate(String path) {
        Object v = raw(path);
        return v instanceof Date ? (Date) v : (Date) ormbexec.Rt.convert(v, Date.class, null);
    }

    public DateTime getDateTime(String path) {
        Object v = raw(path);
        return v instanceof DateTime ? (DateTime) v : (DateTime) ormbexec.Rt.convert(v, DateTime.class, null);
    }

    public Money getMoney(String path) {
        Object v = raw(path);
        return v instanceof Money ? (Money) v : (Money) ormbexec.Rt.convert(ormbexec.Rt.jdbc(v), Money.class, null);
    }

    public <L extends Lookup> L getLookup(String path, Class<L> lookupClass) {
        Object v = raw(path);
        return lookupClass.isInstance(v) ? lookupClass.cast(v) : ormbexec.Rt.lookup(lookupClass, getString(path));
    }

    public <E extends BusinessEntity> E getEntity(String path, Class<E> entityClass) {
        Object v = raw(path);
        if (entityClass.isInstance(v)) {
            return entityClass.cast(v);
        }
        String key = getString(path);
        return key == null || key.trim().isEmpty() ? null
                : ormbexec.Rt.load(entityClass, ormbexec.Rt.newId(entityClass, java.util.List.of(key)));
    }

    public void set(String path, Object value) {
        ormbexec.Nodes.set(this, path, value);
    }

    public COTSInstanceNode getGroup(String path) {
        return ormbexec.Nodes.group(this, path);
    }

    public COTSInstanceNode getGroupFromPath(String path) {
        return ormbexec.Nodes.group(this, path);
    }

    public COTSInstanceList getList(String path) {
        return ormbexec.Nodes.list(this, path);
    }

    public String getXMLString() {
        return ormbexec.Nodes.values(this).toString();
    }
}
