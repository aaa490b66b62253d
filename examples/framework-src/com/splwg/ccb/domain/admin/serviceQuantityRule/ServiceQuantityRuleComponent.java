package com.splwg.ccb.domain.admin.serviceQuantityRule;

import java.util.List;

import com.splwg.base.api.algorithms.AlgorithmSpot;
import com.splwg.ccb.domain.billing.billSegment.BillSegmentServiceQuantityData;
import com.splwg.ccb.domain.rate.ApplyRateData;

/**
 * Service Quantity Rule. The algorithm of a service quantity (SQ) rule runs during rate
 * application, before the rate components, and derives or changes service quantities: aggregate
 * transaction volumes over a period, exclude some usage from a spend threshold, convert units of
 * measure. Its result quantities are stored on the bill segment ({@code CI_BSEG_SQ}).
 *
 * <p>Input hard parameters: the apply-rate data, the SQ rule and the segment's current service
 * quantities. Output: the changed service quantities and apply-rate data.
 *
 * @AlgorithmSpot (algorithmEntityValues = { "serviceQuantityRule"})
 */
public interface ServiceQuantityRuleComponent extends AlgorithmSpot {

    /** The rate application in progress. */
    void setApplyRateData(ApplyRateData applyRateData);

    /** The SQ rule being applied. */
    void setServiceQuantityRule(ServiceQuantityRule serviceQuantityRule);

    /** Current service quantities of the bill segment. */
    void setBillSegmentServiceQuantityData(List<BillSegmentServiceQuantityData> billSegmentServiceQuantityData);

    /** Service quantities after the rule. */
    List<BillSegmentServiceQuantityData> getBillSegmentServiceQuantityData();

    /** Apply-rate data after the rule. */
    ApplyRateData getApplyRateData();
}
