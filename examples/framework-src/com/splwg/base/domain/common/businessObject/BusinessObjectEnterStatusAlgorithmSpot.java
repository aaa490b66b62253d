package com.splwg.base.domain.common.businessObject;

import com.splwg.base.api.algorithms.AlgorithmSpot;
import com.splwg.base.api.businessObject.BusinessObjectInstanceKey;
import com.splwg.base.api.lookup.BusinessObjectActionLookup;
import com.splwg.base.api.lookup.BusinessObjectStatusTransitionConditionLookup;

/**
 * Business Object Status - Enter. Algorithms plugged in on a status of a business object's
 * lifecycle for the system event <b>Enter</b> run when an instance enters that status. This is
 * where lifecycle work happens: validate a staging or transaction feed record and move it to
 * Error, create the entities a staging record describes, call an external system, or compute
 * values and store them on the instance. ORMB's transaction feed ({@code CI_TXN_DETAIL}, e.g.
 * BO {@code C1-TxnDetail}) and most custom upload processes are built from enter-status
 * algorithms.
 *
 * <p>The algorithm reads the instance with {@code BusinessObjectDispatcher.read(key, true)} and
 * updates it with {@code BusinessObjectDispatcher.fastUpdate(...)} (never {@code update}, which
 * would recurse into the lifecycle). It may ask for an immediate transition by returning a next
 * status, or leave {@link #getUseDefaultNextStatus()} true to follow the status's default.
 *
 * <p>Input hard parameters: the instance key, the business object and the action. Output: next
 * status (or default), transition condition, status reason and whether post-processing must run
 * even without a transition.
 *
 * @AlgorithmSpot (algorithmEntityValues = { "businessObjectEnterStatus"})
 */
public interface BusinessObjectEnterStatusAlgorithmSpot extends AlgorithmSpot {

    /** Key of the instance entering the status. */
    void setBusinessObjectKey(BusinessObjectInstanceKey businessObjectKey);

    /** The business object whose lifecycle is running. */
    void setBusinessObject(BusinessObject businessObject);

    /** The action that triggered the transition. */
    void setAction(BusinessObjectActionLookup action);

    /** True to run the status's post-processing even when no transition is requested. */
    boolean getForcePostProcessing();

    /** Status to transition to next, or null. */
    BusinessObjectStatusCode getNextStatus();

    /** Condition (OK, error, exception) used to pick the next status from the configured transitions. */
    BusinessObjectStatusTransitionConditionLookup getNextStatusCondition();

    /** Status reason recorded with the transition, or null. */
    BusinessObjectStatusReason_Id getStatusChangeReasonId();

    /** True to let the framework use the status's default next status. */
    boolean getUseDefaultNextStatus();
}
