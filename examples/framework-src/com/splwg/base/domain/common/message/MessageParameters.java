package com.splwg.base.domain.common.message;

import java.math.BigDecimal;
import java.math.BigInteger;

import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.datatypes.DateTime;
import com.splwg.base.api.datatypes.Id;
import com.splwg.base.api.datatypes.Money;

/**
 * Ordered substitution values for a message text: the first value replaces {@code %1}, the second
 * {@code %2} and so on. Typed adders format the value for the session's locale; use
 * {@link #addRawString(String)} for identifiers and codes that must appear verbatim.
 */
public class MessageParameters implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final java.util.List<Object> values = new java.util.ArrayList<>();

    public MessageParameters addRawString(String value) {
        values.add(value);
        return this;
    }

    /** Adds the description of a field (its label), not a value. */
    public MessageParameters addField(String fieldName) {
        values.add(fieldName);
        return this;
    }

    public MessageParameters addBigDecimal(BigDecimal value) {
        values.add(value);
        return this;
    }

    public MessageParameters addBigInteger(BigInteger value) {
        values.add(value);
        return this;
    }

    public MessageParameters addDate(Date value) {
        values.add(value);
        return this;
    }

    public MessageParameters addDateTime(DateTime value) {
        values.add(value);
        return this;
    }

    public MessageParameters addMoney(Money value) {
        values.add(value);
        return this;
    }

    public MessageParameters addId(Id value) {
        values.add(value);
        return this;
    }

    public int size() {
        return values.size();
    }
}
