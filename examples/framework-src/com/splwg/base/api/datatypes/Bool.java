package com.splwg.base.api.datatypes;

/**
 * Framework boolean used for switch columns ({@code ..._SW}, stored as {@code 'Y'}/{@code 'N'})
 * and for boolean hard parameters of algorithm spots such as
 * {@code getAllowReopeningOfBills()} or {@code getShouldSkipRemainingAlgorithms()}.
 * Compare with {@link #isTrue()}; never with {@code ==} on values read from the database.
 */
public final class Bool implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final Bool TRUE = new Bool(true);
    public static final Bool FALSE = new Bool(false);

    private final boolean value;

    private Bool(boolean value) {
        this.value = value;
    }

    public static Bool valueOf(boolean value) {
        return value ? TRUE : FALSE;
    }

    /** Maps a switch column value ({@code 'Y'} is true, anything else false). */
    public static Bool valueOf(String switchValue) {
        return valueOf(switchValue != null && "Y".equals(switchValue.trim()));
    }

    public boolean isTrue() {
        return value;
    }

    public boolean isFalse() {
        return !value;
    }

    /** {@code "Y"} or {@code "N"}, the database representation of a switch. */
    public String toSwitchValue() {
        return value ? "Y" : "N";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Bool && ((Bool) other).value == value;
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(value);
    }

    @Override
    public String toString() {
        return toSwitchValue();
    }
}
