package com.splwg.ccb.api.lookup;

import com.splwg.base.api.datatypes.Lookup;

/**
 * Status of an adjustment (CI_ADJ.ADJ_STATUS_FLG).
 */
public class AdjustmentStatusLookup extends Lookup {

    private static final long serialVersionUID = 1L;

    /** The values of ADJ_STATUS_FLG. */
    public static final Constants constants = new Constants();

    /** Holder of the ADJ_STATUS_FLG values. */
    public static final class Constants {
        /** Incomplete (stored as 10). */
        public final AdjustmentStatusLookup INCOMPLETE = new AdjustmentStatusLookup("10");

        /** Ready to be frozen (stored as 15). */
        public final AdjustmentStatusLookup FREEZABLE = new AdjustmentStatusLookup("15");

        /** Frozen, its FT exists (stored as 50). */
        public final AdjustmentStatusLookup FROZEN = new AdjustmentStatusLookup("50");

        /** Canceled (stored as 60). */
        public final AdjustmentStatusLookup CANCELED = new AdjustmentStatusLookup("60");

        private Constants() {
        }
    }

    protected AdjustmentStatusLookup(String value) {
        super("ADJ_STATUS_FLG", value);
    }

    public boolean isIncomplete() {
        return constants.INCOMPLETE.equals(this);
    }

    public boolean isFreezable() {
        return constants.FREEZABLE.equals(this);
    }

    public boolean isFrozen() {
        return constants.FROZEN.equals(this);
    }

    public boolean isCanceled() {
        return constants.CANCELED.equals(this);
    }
}
