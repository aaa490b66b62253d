package com.splwg.ccb.domain.admin.serviceAgreementType;

import com.splwg.base.api.algorithms.AlgorithmSpot;
import com.splwg.base.api.datatypes.Bool;
import com.splwg.base.api.datatypes.Date;
import com.splwg.ccb.domain.admin.billCycle.BillCycle;
import com.splwg.ccb.domain.billing.bill.Bill;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;

/**
 * SA Type - Pre-Bill Completion. Algorithms plugged in on the SA (contract) type for the system
 * event <b>Pre-Bill Completion</b> run once per contract of that type on a bill that is about to
 * be completed, before the customer class Pre-Bill Completion algorithms. Typical uses: create
 * minimum-charge or recurring-fee bill segments for the contract, delete zero segments of
 * contracts on billing hold, or validate that the contract's billable charges were billed.
 *
 * <p>Input hard parameters: the bill, the bill cycle, the billing period (start and end date),
 * the contract and its SA type. Output: whether the remaining SA type algorithms for this
 * contract should be skipped.
 *
 * @AlgorithmSpot (algorithmEntityValues = { "saTypePreBillCompletion"})
 */
public interface SaTypePreBillCompletionAlgorithmSpot extends AlgorithmSpot {

    /** The pending bill. */
    void setBill(Bill bill);

    /** Bill cycle of the billing run (null for off-cycle bills). */
    void setBillCycle(BillCycle billCycle);

    /** Start of the billing period. */
    void setStartDate(Date startDate);

    /** End of the billing period. */
    void setEndDate(Date endDate);

    /** The contract on the bill whose SA type holds this algorithm. */
    void setServiceAgreement(ServiceAgreement serviceAgreement);

    /** The contract's SA type. */
    void setServiceAgreementType(ServiceAgreementType serviceAgreementType);

    /** True to skip the SA type's remaining Pre-Bill Completion algorithms for this contract. */
    Bool getShouldSkipRemainingAlgorithms();
}
