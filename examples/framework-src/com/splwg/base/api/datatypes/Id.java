package com.splwg.base.api.datatypes;

/**
 * Abstract super class of every generated primary-key class ({@code Bill_Id}, {@code Account_Id},
 * {@code PersonCharacteristic_Id}...).
 *
 * <p>Keys of OUAF tables are fixed-length {@code CHAR} columns, so the raw value carries the
 * database padding. Use {@link #getTrimmedValue()} when comparing with user input or building a
 * message, and {@link #getIdValue()} when binding the key back into SQL.
 */
public abstract class Id implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final String idValue;

    protected Id(String idValue) {
        this.idValue = idValue;
    }

    /** The key exactly as stored in the primary-key column (may be blank-padded). */
    public String getIdValue() {
        return idValue;
    }

    /** The key without leading and trailing blanks. */
    public String getTrimmedValue() {
        return idValue == null ? null : idValue.trim();
    }

    /** True when the key is blank, i.e. the foreign key column is not populated. */
    public boolean isNull() {
        return idValue == null || idValue.trim().isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other != null && other.getClass() == getClass()
                && java.util.Objects.equals(getTrimmedValue(), ((Id) other).getTrimmedValue());
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hashCode(getTrimmedValue());
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(" + getTrimmedValue() + ")";
    }
}
