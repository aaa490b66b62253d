package com.splwg.ccb.api.lookup;

import com.splwg.base.api.datatypes.Lookup;

/**
 * Status of a payment (CI_PAY.PAY_STATUS_FLG).
 */
public class PaymentStatusLookup extends Lookup {

    private static final long serialVersionUID = 1L;

    /** The values of PAY_STATUS_FLG. */
    public static final Constants constants = new Constants();

    /** Holder of the PAY_STATUS_FLG values. */
    public static final class Constants {
        /** Incomplete (stored as 10). */
        public final PaymentStatusLookup INCOMPLETE = new PaymentStatusLookup("10");

        /** Distribution failed (stored as 20). */
        public final PaymentStatusLookup ERROR = new PaymentStatusLookup("20");

        /** Ready to be frozen (stored as 30). */
        public final PaymentStatusLookup FREEZABLE = new PaymentStatusLookup("30");

        /** Frozen (stored as 50). */
        public final PaymentStatusLookup FROZEN = new PaymentStatusLookup("50");

        /** Canceled (stored as 60). */
        public final PaymentStatusLookup CANCELED = new PaymentStatusLookup("60");

        private Constants() {
        }
    }

    protected PaymentStatusLookup(String value) {
        super("PAY_STATUS_FLG", value);
    }

    public boolean isIncomplete() {
        return constants.INCOMPLETE.equals(this);
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

    public boolean isCanceled() {
        return constants.CANCELED.equals(this);
    }
}
