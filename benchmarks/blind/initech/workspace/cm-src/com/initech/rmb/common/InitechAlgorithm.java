package com.initech.rmb.common;

import java.math.BigDecimal;
import java.math.BigInteger;

import com.splwg.base.api.algorithms.AbstractAlgorithmComponent;
import com.splwg.base.api.businessService.BusinessServiceDispatcher;
import com.splwg.base.api.businessService.BusinessServiceInstance;
import com.splwg.base.api.sql.PreparedStatement;

/**
 * Base class of every Initech algorithm ({@code Cm<Purpose>_Impl}). We do not generate
 * {@code _Gen} classes: soft parameters are documented with {@link SoftParams} on the class and
 * read by name through the helpers below.
 *
 * <p>House rules:
 * <ul>
 * <li>SQL text lives in {@code private static final String} constants with {@code :binds};
 * statements come from {@link #sql(String)} and are closed in a {@code finally} block.</li>
 * <li>Errors go through {@link #fail(int, String...)} with a number of {@link InitechMessages}.</li>
 * <li>To Do entries go through {@link #raiseToDo(String, String, String)}.</li>
 * </ul>
 */
public abstract class InitechAlgorithm extends AbstractAlgorithmComponent {

    /** Business service that creates To Do entries. */
    public static final String ADD_TODO_SERVICE = "F1-AddToDoEntry";

    /** Soft parameter {@code name} as trimmed text, or null when empty. */
    protected String param(String name) {
        String value = getStringSoftParameter(name);
        return isBlankOrNull(value) ? null : value.trim();
    }

    /** Soft parameter {@code name} as a decimal, or null when empty. */
    protected BigDecimal decimalParam(String name) {
        return getDecimalSoftParameter(name);
    }

    /** Soft parameter {@code name} as an int, {@code dflt} when empty. */
    protected int intParam(String name, int dflt) {
        BigInteger value = getIntegerSoftParameter(name);
        return value == null ? dflt : value.intValue();
    }

    /** Raises message {@code msgNumber} of category 93100 as an error (stops processing). */
    protected void fail(int msgNumber, String... parms) {
        addError(InitechMessages.message(msgNumber, parms));
    }

    /**
     * Creates a To Do entry of type {@code toDoType} (code) with {@code drillKey} as its first
     * drill key, through F1-AddToDoEntry.
     */
    protected void raiseToDo(String toDoType, String drillKey, String comment) {
        BusinessServiceInstance bs = BusinessServiceInstance.create(ADD_TODO_SERVICE);
        bs.set("toDoType", toDoType);
        bs.set("drillKey1", drillKey);
        if (notBlank(comment)) {
            bs.set("comments", comment);
        }
        BusinessServiceDispatcher.execute(bs);
    }

    /** Native SQL statement; the trace description is the class name. */
    protected PreparedStatement sql(String text) {
        return createPreparedStatement(text, getClass().getSimpleName());
    }
}
