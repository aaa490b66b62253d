package com.splwg.ccb.api.lookup;

import com.splwg.base.api.datatypes.Lookup;

/**
 * Status of a bill (CI_BILL.BILL_STAT_FLG).
 */
public class BillStatusLookup extends Lookup {

    private static final long serialVersionUID = 1L;

    /** The values of BILL_STAT_FLG. */
    public static final Constants constants = new Constants();

    /** Holder of the BILL_STAT_FLG values. */
    public static final class Constants {
        /** Bill segments are still being created (stored as P). */
        public final BillStatusLookup PENDING = new BillStatusLookup("P");

        /** Bill completion ran (stored as C). */
        public final BillStatusLookup COMPLETE = new BillStatusLookup("C");

        private Constants() {
        }
    }

    protected BillStatusLookup(String value) {
        super("BILL_STAT_FLG", value);
    }

    public boolean isPending() {
        return constants.PENDING.equals(this);
    }

    public boolean isComplete() {
        return constants.COMPLETE.equals(this);
    }
}
