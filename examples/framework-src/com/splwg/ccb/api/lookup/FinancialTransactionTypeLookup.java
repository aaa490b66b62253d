package com.splwg.ccb.api.lookup;

import com.splwg.base.api.datatypes.Lookup;

/**
 * Type of a financial transaction (CI_FT.FT_TYPE_FLG).
 */
public class FinancialTransactionTypeLookup extends Lookup {

    private static final long serialVersionUID = 1L;

    /** The values of FT_TYPE_FLG. */
    public static final Constants constants = new Constants();

    /** Holder of the FT_TYPE_FLG values. */
    public static final class Constants {
        /** Bill segment (stored as BS). */
        public final FinancialTransactionTypeLookup BILL_SEGMENT = new FinancialTransactionTypeLookup("BS");

        /** Bill segment cancellation (stored as BX). */
        public final FinancialTransactionTypeLookup BILL_CANCELLATION = new FinancialTransactionTypeLookup("BX");

        /** Payment segment (stored as PS). */
        public final FinancialTransactionTypeLookup PAY_SEGMENT = new FinancialTransactionTypeLookup("PS");

        /** Payment segment cancellation (stored as PX). */
        public final FinancialTransactionTypeLookup PAY_CANCELLATION = new FinancialTransactionTypeLookup("PX");

        /** Adjustment (stored as AD). */
        public final FinancialTransactionTypeLookup ADJUSTMENT = new FinancialTransactionTypeLookup("AD");

        /** Adjustment cancellation (stored as AX). */
        public final FinancialTransactionTypeLookup ADJUSTMENT_CANCELLATION = new FinancialTransactionTypeLookup("AX");

        private Constants() {
        }
    }

    protected FinancialTransactionTypeLookup(String value) {
        super("FT_TYPE_FLG", value);
    }

    public boolean isBillSegment() {
        return constants.BILL_SEGMENT.equals(this);
    }

    public boolean isBillCancellation() {
        return constants.BILL_CANCELLATION.equals(this);
    }

    public boolean isPaySegment() {
        return constants.PAY_SEGMENT.equals(this);
    }

    public boolean isPayCancellation() {
        return constants.PAY_CANCELLATION.equals(this);
    }

    public boolean isAdjustment() {
        return constants.ADJUSTMENT.equals(this);
    }

    public boolean isAdjustmentCancellation() {
        return constants.ADJUSTMENT_CANCELLATION.equals(this);
    }
}
