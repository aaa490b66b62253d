package com.splwg.ccb.domain.admin.customerClass;

import com.splwg.base.api.algorithms.AlgorithmSpot;
import com.splwg.ccb.domain.billing.billSegment.BillSegment;
import com.splwg.ccb.domain.financial.financialTransaction.FinancialTransaction;

/**
 * Customer Class - Bill Segment Freeze. Algorithms plugged in on the customer class for the
 * system event <b>Bill Segment Freeze</b> run when a bill segment of an account of that class is
 * frozen, right after its financial transaction (FT_TYPE_FLG 'BS') was created. Typical uses:
 * update usage or consumption history, mark billable charges as billed in an interface table.
 *
 * <p>Input hard parameters: the frozen bill segment and its financial transaction. No output.
 *
 * @AlgorithmSpot (algorithmEntityValues = { "customerClassBillSegmentFreeze"})
 */
public interface CustomerClassBillSegmentFreezeAlgorithmSpot extends AlgorithmSpot {

    /** The bill segment being frozen. */
    void setBillSegment(BillSegment billSegment);

    /** The segment's new financial transaction. */
    void setFinancialTransaction(FinancialTransaction financialTransaction);
}
