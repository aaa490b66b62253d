package com.splwg.ccb.api.lookup;

import com.splwg.base.api.datatypes.Lookup;

/**
 * Status of a billable charge (CI_BILL_CHG.BILLABLE_CHG_STAT).
 */
public class BillableChargeStatusLookup extends Lookup {

    private static final long serialVersionUID = 1L;

    /** The values of BILLABLE_CHG_STAT. */
    public static final Constants constants = new Constants();

    /** Holder of the BILLABLE_CHG_STAT values. */
    public static final class Constants {
        /** Billable (stored as 10). */
        public final BillableChargeStatusLookup BILLABLE = new BillableChargeStatusLookup("10");

        /** Canceled (stored as 20). */
        public final BillableChargeStatusLookup CANCELED = new BillableChargeStatusLookup("20");

        private Constants() {
        }
    }

    protected BillableChargeStatusLookup(String value) {
        super("BILLABLE_CHG_STAT", value);
    }

    public boolean isBillable() {
        return constants.BILLABLE.equals(this);
    }

    public boolean isCanceled() {
        return constants.CANCELED.equals(this);
    }
}
