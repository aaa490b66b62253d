package com.splwg.ccb.domain.admin.billSegmentType;

import java.util.List;

import com.splwg.base.api.algorithms.AlgorithmSpot;
import com.splwg.base.api.datatypes.Date;
import com.splwg.ccb.api.lookup.BillSegmentActionLookup;
import com.splwg.ccb.domain.admin.billCycle.BillCycle;
import com.splwg.ccb.domain.billing.billSegment.BillSegmentData;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;

/**
 * Bill Segment Type - Bill Segment Creation. The algorithm plugged in on the bill segment type for
 * the system event <b>Bill Segment Creation</b> builds the bill segment(s) of a contract whose SA
 * type uses that bill segment type. In ORMB it typically gathers the contract's billable charges
 * ({@code CI_BILL_CHG}, with service quantities in {@code CI_BCHG_SQ}) for the billing period and
 * turns them into calculation headers and lines; recurring-charge and minimum-charge contracts use
 * their own creation algorithms.
 *
 * <p>Input hard parameters: the contract, why the segment is built (regular, recreate, estimate),
 * the billing period, the cut-off and accounting dates and the bill cycle. Output: the bill segment
 * data to create (one or more segments).
 *
 * @AlgorithmSpot (algorithmEntityValues = { "billSegmentTypeBillSegmentCreation"})
 */
public interface BillSegmentTypeBillSegmentCreationAlgorithmSpot extends AlgorithmSpot {

    /** The contract being billed. */
    void setServiceAgreement(ServiceAgreement serviceAgreement);

    /** Why the segment is being built. */
    void setBillSegmentAction(BillSegmentActionLookup billSegmentAction);

    /** Start of the period to bill. */
    void setStartDate(Date startDate);

    /** End of the period to bill. */
    void setEndDate(Date endDate);

    /** Cut-off date of the billing window. */
    void setCutoffDate(Date cutoffDate);

    /** Accounting date of the resulting financial transaction. */
    void setAccountingDate(Date accountingDate);

    /** Bill cycle of the run; null for off-cycle billing. */
    void setBillCycle(BillCycle billCycle);

    /** Segments built by earlier algorithms of the chain (usually empty). */
    void setBillSegmentDataList(List<BillSegmentData> billSegmentDataList);

    /** The bill segments to create. */
    List<BillSegmentData> getBillSegmentDataList();
}
