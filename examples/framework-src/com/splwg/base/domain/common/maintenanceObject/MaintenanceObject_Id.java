package com.splwg.base.domain.common.maintenanceObject;

import com.splwg.base.api.datatypes.EntityId;

/**
 * Primary key of {@link MaintenanceObject} (F1_MAINT_OBJ).
 */
public final class MaintenanceObject_Id extends EntityId<MaintenanceObject> {

    private static final long serialVersionUID = 1L;

    public MaintenanceObject_Id(String maintenanceObjectId) {
        super(maintenanceObjectId);
    }

    @Override
    public MaintenanceObject getEntity() {
        return null;
    }
}
