package com.splwg.base.api.lookup;

import com.splwg.base.api.datatypes.Lookup;

/**
 * Kind of value of a characteristic type (CI_CHAR_TYPE.CHAR_TYPE_FLG).
 */
public class CharacteristicTypeLookup extends Lookup {

    private static final long serialVersionUID = 1L;

    /** The values of CHAR_TYPE_FLG. */
    public static final Constants constants = new Constants();

    /** Holder of the CHAR_TYPE_FLG values. */
    public static final class Constants {
        /** Ad-hoc (free-format) value (stored as ADV). */
        public final CharacteristicTypeLookup ADHOC_VALUE = new CharacteristicTypeLookup("ADV");

        /** Predefined value (stored as DFV). */
        public final CharacteristicTypeLookup PREDEFINED_VALUE = new CharacteristicTypeLookup("DFV");

        /** Foreign key value (stored as FKV). */
        public final CharacteristicTypeLookup FOREIGN_KEY_VALUE = new CharacteristicTypeLookup("FKV");

        /** File location value (stored as FLV). */
        public final CharacteristicTypeLookup FILE_LOCATION = new CharacteristicTypeLookup("FLV");

        private Constants() {
        }
    }

    protected CharacteristicTypeLookup(String value) {
        super("CHAR_TYPE_FLG", value);
    }

    public boolean isAdhocValue() {
        return constants.ADHOC_VALUE.equals(this);
    }

    public boolean isPredefinedValue() {
        return constants.PREDEFINED_VALUE.equals(this);
    }

    public boolean isForeignKeyValue() {
        return constants.FOREIGN_KEY_VALUE.equals(this);
    }

    public boolean isFileLocation() {
        return constants.FILE_LOCATION.equals(this);
    }
}
