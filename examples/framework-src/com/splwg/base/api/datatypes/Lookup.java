package com.splwg.base.api.datatypes;

/**
 * Value of a lookup field (a {@code ..._FLG} column such as {@code BILL_STAT_FLG} or
 * {@code ADJ_STATUS_FLG}). Every lookup field has a generated subclass exposing its values as
 * {@code XxxLookup.constants.VALUE_NAME} and {@code isValueName()} tests, e.g.
 * {@code AdjustmentStatusLookup.constants.FROZEN}.
 *
 * <p>Soft parameters declared with {@code type = lookup} are returned as a lookup instance;
 * compare them with {@code equals} against the constants, and bind them into SQL with
 * {@code PreparedStatement.bindLookup}.
 */
public abstract class Lookup implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final String fieldName;
    private final String value;

    protected Lookup(String fieldName, String value) {
        this.fieldName = fieldName;
        this.value = value;
    }

    /** Name of the lookup field, e.g. {@code BILL_STAT_FLG}. */
    public String getFieldName() {
        return fieldName;
    }

    /** The stored value, possibly blank-padded. */
    public String value() {
        return value;
    }

    /** The stored value without padding, e.g. {@code "50"} or {@code "C"}. */
    public String trimmedValue() {
        return value == null ? null : value.trim();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Lookup && ((Lookup) other).fieldName.equals(fieldName)
                && java.util.Objects.equals(((Lookup) other).trimmedValue(), trimmedValue());
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(fieldName, trimmedValue());
    }

    @Override
    public String toString() {
        return fieldName + "=" + trimmedValue();
    }
}
