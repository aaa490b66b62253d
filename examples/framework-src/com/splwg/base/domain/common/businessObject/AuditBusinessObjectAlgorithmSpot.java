package com.splwg.base.domain.common.businessObject;

import com.splwg.base.api.algorithms.AlgorithmSpot;
import com.splwg.base.api.businessObject.BusinessObjectInstance;
import com.splwg.base.api.businessObject.SchemaInstanceChanges;
import com.splwg.base.api.datatypes.EntityId;
import com.splwg.base.api.lookup.BusinessObjectActionLookup;
import com.splwg.base.domain.common.maintenanceObject.MaintenanceObject;

/**
 * Business Object - Audit. Algorithms plugged in on a business object for the system event
 * <b>Audit</b> run after an instance was added, changed or deleted through the business object and
 * receive the element-level differences, typically to write them to a log table or the
 * maintenance object's log ({@code ..._LOG}) for auditing.
 *
 * <p>Input hard parameters: as for validation, plus the changed values. No output.
 *
 * @AlgorithmSpot (algorithmEntityValues = { "businessObjectAudit"})
 */
public interface AuditBusinessObjectAlgorithmSpot extends AlgorithmSpot {

    void setNewBusinessObject(BusinessObjectInstance newBusinessObject);

    void setOriginalBusinessObject(BusinessObjectInstance originalBusinessObject);

    void setAction(BusinessObjectActionLookup action);

    void setMaintenanceObject(MaintenanceObject maintenanceObject);

    void setEntityId(EntityId<?> entityId);

    /** Element-level differences between the original and the new instance. */
    void setChangedValues(SchemaInstanceChanges changedValues);
}
