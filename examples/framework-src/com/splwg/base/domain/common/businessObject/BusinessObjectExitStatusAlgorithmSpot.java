package com.splwg.base.domain.common.businessObject;

import com.splwg.base.api.algorithms.AlgorithmSpot;
import com.splwg.base.api.businessObject.BusinessObjectInstanceKey;
import com.splwg.base.api.lookup.BusinessObjectActionLookup;

/**
 * Business Object Status - Exit. Algorithms plugged in on a status of a business object's
 * lifecycle for the system event <b>Exit</b> run when an instance leaves that status, before it
 * enters the next one. Typical uses: clear error fields (message category and number) when a
 * record leaves the Error status, stamp who approved a record, or release a lock taken on enter.
 *
 * <p>Input hard parameters: the instance key, the business object and the action. Output: whether
 * post-processing must run.
 *
 * @AlgorithmSpot (algorithmEntityValues = { "businessObjectExitStatus"})
 */
public interface BusinessObjectExitStatusAlgorithmSpot extends AlgorithmSpot {

    /** Key of the instance leaving the status. */
    void setBusinessObjectKey(BusinessObjectInstanceKey businessObjectKey);

    /** The business object whose lifecycle is running. */
    void setBusinessObject(BusinessObject businessObject);

    /** The action that triggered the transition. */
    void setAction(BusinessObjectActionLookup action);

    /** True to run the status's post-processing. */
    boolean getForcePostProcessing();
}
