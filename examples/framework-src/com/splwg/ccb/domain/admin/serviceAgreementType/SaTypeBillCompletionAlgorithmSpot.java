package com.splwg.ccb.domain.admin.serviceAgreementType;

import com.splwg.base.api.algorithms.AlgorithmSpot;
import com.splwg.ccb.domain.billing.bill.Bill;
import com.splwg.ccb.domain.billing.billSegment.BillSegment;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;

/**
 * SA Type - Bill Completion. Algorithms plugged in on the SA type for the system event
 * <b>Bill Completion</b> run for each contract of that type with a segment on a bill that is
 * being completed, after the contract's segment was frozen. Typical uses: recalculate a budget
 * or payment plan amount, or update contract characteristics from the billed amounts.
 *
 * <p>Input hard parameters: the bill, the contract and the contract's bill segment. No output.
 *
 * @AlgorithmSpot (algorithmEntityValues = { "saTypeBillCompletion"})
 */
public interface SaTypeBillCompletionAlgorithmSpot extends AlgorithmSpot {

    /** The bill being completed. */
    void setBill(Bill bill);

    /** The contract whose SA type holds the algorithm. */
    void setServiceAgreement(ServiceAgreement serviceAgreement);

    /** The contract's bill segment on the bill; null when the contract has none. */
    void setBillSegment(BillSegment billSegment);
}
