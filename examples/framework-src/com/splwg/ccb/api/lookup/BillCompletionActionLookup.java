package com.splwg.ccb.api.lookup;

import com.splwg.base.api.datatypes.Lookup;

/**
 * What bill completion does after a Pre-Bill Completion algorithm ran: carry on, or delete the
 * pending bill (returned by
 * CustomerClassPreBillCompletionAlgorithmSpot.getBillCompletionAction()).
 */
public class BillCompletionActionLookup extends Lookup {

    private static final long serialVersionUID = 1L;

    /** The values of BILL_COMPL_ACTN_FLG. */
    public static final Constants constants = new Constants();

    /** Holder of the BILL_COMPL_ACTN_FLG values. */
    public static final class Constants {
        /** Continue completing the bill (stored as CONT). */
        public final BillCompletionActionLookup CARRYONWITH_BILL_COMPLETION = new BillCompletionActionLookup("CONT");

        /** Delete the pending bill instead of completing it (stored as DELT). */
        public final BillCompletionActionLookup DELETE_BILL = new BillCompletionActionLookup("DELT");

        private Constants() {
        }
    }

    protected BillCompletionActionLookup(String value) {
        super("BILL_COMPL_ACTN_FLG", value);
    }

    public boolean isCarryonwithBillCompletion() {
        return constants.CARRYONWITH_BILL_COMPLETION.equals(this);
    }

    public boolean isDeleteBill() {
        return constants.DELETE_BILL.equals(this);
    }
}
