package com.splwg.ccb.api.lookup;

import com.splwg.base.api.datatypes.Lookup;

/**
 * Status of a bill segment (CI_BSEG.BSEG_STAT_FLG).
 */
public class BillSegmentStatusLookup extends Lookup {

    private static final long serialVersionUID = 1L;

    /** The values of BSEG_STAT_FLG. */
    public static final Constants constants = new Constants();

    /** Holder of the BSEG_STAT_FLG values. */
    public static final class Constants {
        /** Being created (stored as 10). */
        public final BillSegmentStatusLookup PENDING = new BillSegmentStatusLookup("10");

        /** Creation failed (stored as 20). */
        public final BillSegmentStatusLookup ERROR = new BillSegmentStatusLookup("20");

        /** Ready to be frozen (stored as 30). */
        public final BillSegmentStatusLookup FREEZABLE = new BillSegmentStatusLookup("30");

        /** Frozen, its FT exists (stored as 50). */
        public final BillSegmentStatusLookup FROZEN = new BillSegmentStatusLookup("50");

        /** Cancellation requested (stored as 60). */
        public final BillSegmentStatusLookup CANCEL_PENDING = new BillSegmentStatusLookup("60");

        /** Canceled (stored as 70). */
        public final BillSegmentStatusLookup CANCELED = new BillSegmentStatusLookup("70");

        private Constants() {
        }
    }

    protected BillSegmentStatusLookup(String value) {
        super("BSEG_STAT_FLG", value);
    }

    public boolean isPending() {
        return constants.PENDING.equals(this);
    }

    public boolean isError() {
        return constants.ERROR.equals(this);
    }

    public boolean isFreezable() {
        return constants.FREEZABLE.equals(this);
    }

    public boolean isFrozen() {
        return constants.FROZEN.equals(this);
    }

    public boolean isCancelPending() {
        return constants.CANCEL_PENDING.equals(this);
    }

    public boolean isCanceled() {
        return constants.CANCELED.equals(this);
    }
}
