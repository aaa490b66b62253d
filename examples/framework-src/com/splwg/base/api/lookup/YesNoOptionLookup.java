package com.splwg.base.api.lookup;

import com.splwg.base.api.datatypes.Lookup;

/**
 * Generic yes/no option; commonly used for lookup soft parameters such as {@code raiseError}.
 */
public class YesNoOptionLookup extends Lookup {

    private static final long serialVersionUID = 1L;

    /** The values of YES_NO_FLG. */
    public static final Constants constants = new Constants();

    /** Holder of the YES_NO_FLG values. */
    public static final class Constants {
        /** Yes (stored as Y). */
        public final YesNoOptionLookup YES = new YesNoOptionLookup("Y");

        /** No (stored as N). */
        public final YesNoOptionLookup NO = new YesNoOptionLookup("N");

        private Constants() {
        }
    }

    protected YesNoOptionLookup(String value) {
        super("YES_NO_FLG", value);
    }

    public boolean isYes() {
        return constants.YES.equals(this);
    }

    public boolean isNo() {
        return constants.NO.equals(this);
    }
}
