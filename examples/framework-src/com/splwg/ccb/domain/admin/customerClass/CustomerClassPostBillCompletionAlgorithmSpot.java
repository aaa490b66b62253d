package com.splwg.ccb.domain.admin.customerClass;

import com.splwg.base.api.algorithms.AlgorithmSpot;
import com.splwg.ccb.domain.billing.bill.Bill;

/**
 * Customer Class - Post-Bill Completion. Algorithms plugged in on the customer class for the
 * system event <b>Post-Bill Completion</b> run after a bill has been completed and saved, in the
 * same transaction. Use them for follow-up work that needs the final bill: stamping invoice
 * numbers or references as bill characteristics ({@code CI_BILL_CHAR}), creating To Do entries
 * for large bills, queueing bill print or notification records.
 *
 * <p>Input hard parameter: the completed bill. No output.
 *
 * @AlgorithmSpot (algorithmEntityValues = { "customerClassPostBillCompletion"})
 */
public interface CustomerClassPostBillCompletionAlgorithmSpot extends AlgorithmSpot {

    /** The bill that was just completed. */
    void setBill(Bill bill);
}
