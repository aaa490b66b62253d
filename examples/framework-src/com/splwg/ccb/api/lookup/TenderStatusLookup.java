package com.splwg.ccb.api.lookup;

import com.splwg.base.api.datatypes.Lookup;

/**
 * Status of a payment tender (CI_PAY_TNDR.TNDR_STATUS_FLG).
 */
public class TenderStatusLookup extends Lookup {

    private static final long serialVersionUID = 1L;

    /** The values of TNDR_STATUS_FLG. */
    public static final Constants constants = new Constants();

    /** Holder of the TNDR_STATUS_FLG values. */
    public static final class Constants {
        /** Incomplete (stored as 15). */
        public final TenderStatusLookup INCOMPLETE = new TenderStatusLookup("15");

        /** Valid (stored as 25). */
        public final TenderStatusLookup VALID = new TenderStatusLookup("25");

        /** Canceled (stored as 60). */
        public final TenderStatusLookup CANCELED = new TenderStatusLookup("60");

        private Constants() {
        }
    }

    protected TenderStatusLookup(String value) {
        super("TNDR_STATUS_FLG", value);
    }

    public boolean isIncomplete() {
        return constants.INCOMPLETE.equals(this);
    }

    public boolean isValid() {
        return constants.VALID.equals(this);
    }

    public boolean isCanceled() {
        return constants.CANCELED.equals(this);
    }
}
