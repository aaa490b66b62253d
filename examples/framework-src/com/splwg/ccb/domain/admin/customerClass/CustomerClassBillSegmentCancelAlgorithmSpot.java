package com.splwg.ccb.domain.admin.customerClass;

import com.splwg.base.api.algorithms.AlgorithmSpot;
import com.splwg.ccb.domain.billing.billSegment.BillSegment;
import com.splwg.ccb.domain.financial.financialTransaction.FinancialTransaction;

/**
 * Customer Class - Bill Segment Cancel. Algorithms plugged in on the customer class for the system
 * event <b>Bill Segment Cancel</b> run when a frozen bill segment is canceled (its cancellation
 * FT, FT_TYPE_FLG 'BX', has been created). Typical uses: reverse side effects of the segment's
 * freeze (reopen billable charges, reverse usage history) or raise a To Do entry for rebilling.
 *
 * <p>Input hard parameters: the canceled bill segment, its cancellation FT and the cancel reason.
 * No output.
 *
 * @AlgorithmSpot (algorithmEntityValues = { "customerClassBillSegmentCancel"})
 */
public interface CustomerClassBillSegmentCancelAlgorithmSpot extends AlgorithmSpot {

    /** The bill segment being canceled. */
    void setBillSegment(BillSegment billSegment);

    /** The cancellation financial transaction. */
    void setCancelFinancialTransaction(FinancialTransaction cancelFinancialTransaction);

    /** Cancel reason code entered by the user or the cancel process. */
    void setCancelReasonCode(String cancelReasonCode);
}
