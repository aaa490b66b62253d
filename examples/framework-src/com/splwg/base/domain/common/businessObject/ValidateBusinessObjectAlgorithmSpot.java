package com.splwg.base.domain.common.businessObject;

import com.splwg.base.api.algorithms.AlgorithmSpot;
import com.splwg.base.api.businessObject.BusinessObjectInstance;
import com.splwg.base.api.datatypes.EntityId;
import com.splwg.base.api.lookup.BusinessObjectActionLookup;
import com.splwg.base.domain.common.maintenanceObject.MaintenanceObject;

/**
 * Business Object - Validation. Algorithms plugged in on a business object for the system event
 * <b>Validation</b> run every time an instance is added, updated or deleted through the business
 * object (not through fast add/update), before it is saved. Report problems with {@code addError};
 * the whole change is rejected. Typical uses: cross-field rules the schema cannot express, such as
 * "the external account number must identify exactly one account" or "end date after start date".
 *
 * <p>Input hard parameters: the new and original instance (original is null on add), the action,
 * the maintenance object and the entity id. No output.
 *
 * @AlgorithmSpot (algorithmEntityValues = { "businessObjectValidation"})
 */
public interface ValidateBusinessObjectAlgorithmSpot extends AlgorithmSpot {

    /** The instance as it will be saved. */
    void setNewBusinessObject(BusinessObjectInstance newBusinessObject);

    /** The instance as currently stored; null on add. */
    void setOriginalBusinessObject(BusinessObjectInstance originalBusinessObject);

    /** Add, update, replace or delete. */
    void setAction(BusinessObjectActionLookup action);

    /** Maintenance object of the business object. */
    void setMaintenanceObject(MaintenanceObject maintenanceObject);

    /** Primary key of the maintenance object's entity. */
    void setEntityId(EntityId<?> entityId);
}
