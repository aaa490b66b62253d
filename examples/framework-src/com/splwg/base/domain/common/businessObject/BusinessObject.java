package com.splwg.base.domain.common.businessObject;

import com.splwg.base.api.BusinessEntity;
import com.splwg.base.domain.common.maintenanceObject.MaintenanceObject;

/**
 * Business object (F1_BUS_OBJ): a schema over a maintenance object with its own lifecycle
 * (statuses and transitions) and algorithms for validation, status enter/exit/monitor, audit and
 * information. ORMB transaction feed, pricing and staging records are processed through business
 * object lifecycles.
 */
public interface BusinessObject extends BusinessEntity {

    @Override
    BusinessObject_Id getId();

    /** Description in the session language (DESCR). */
    String getDescription();

    /** Maintenance object this business object is defined on (MAINT_OBJ_CD). */
    MaintenanceObject getMaintenanceObject();

    /** Business object that owns the lifecycle (LIFE_CYCLE_BO_CD). */
    BusinessObject getLifeCycleBusinessObject();

    /** Application service that secures the business object (APP_SVC_ID). */
    String getApplicationServiceId();
}
