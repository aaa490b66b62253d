package com.splwg.base.domain.common.businessObject;

import com.splwg.base.api.algorithms.AlgorithmSpot;
import com.splwg.base.api.businessObject.BusinessObjectInstanceKey;
import com.splwg.base.api.lookup.BusinessObjectStatusTransitionConditionLookup;

/**
 * Business Object Status - Monitor (auto-transition). Algorithms plugged in on a status for the
 * system event <b>Monitor</b> run when the instance enters the status and whenever a monitor
 * batch (e.g. the BO's deferred monitor process) revisits instances in that status; they decide
 * whether the instance should now move on. Typical uses: a transaction feed record waiting for its
 * billable charge to be billed, a staging record waiting for a dependent record, a time-out.
 *
 * <p>Input hard parameters: the instance key and the business object. Output: the next status (or
 * skip), transition condition, status reason and whether post-processing must run.
 *
 * @AlgorithmSpot (algorithmEntityValues = { "businessObjectMonitor"})
 */
public interface BusinessObjectStatusAutoTransitionAlgorithmSpot extends AlgorithmSpot {

    /** Key of the instance being monitored. */
    void setBusinessObjectKey(BusinessObjectInstanceKey businessObjectKey);

    /** The business object whose lifecycle is running. */
    void setBusinessObject(BusinessObject businessObject);

    /** Status to transition to, or null to stay. */
    BusinessObjectStatusCode getNextStatus();

    /** True to stay in the current status for now (no transition, remaining monitors skipped). */
    boolean getSkipAutoTransitioning();

    /** True to follow the status's default transition. */
    boolean getUseDefaultNextStatus();

    /** Condition used to pick the next status from the configured transitions. */
    BusinessObjectStatusTransitionConditionLookup getNextStatusCondition();

    /** Status reason recorded with the transition, or null. */
    BusinessObjectStatusReason_Id getStatusChangeReasonId();

    /** True to run post-processing even without a transition. */
    boolean getForcePostProcessing();
}
