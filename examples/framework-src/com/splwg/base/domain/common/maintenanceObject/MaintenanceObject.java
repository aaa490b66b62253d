package com.splwg.base.domain.common.maintenanceObject;

import com.splwg.base.api.BusinessEntity;

/**
 * Maintenance object: the group of tables (primary table plus children) maintained as one unit,
 * e.g. BILL, ACCOUNT, TXN DETAIL. Business objects are defined on a maintenance object.
 */
public interface MaintenanceObject extends BusinessEntity {

    @Override
    MaintenanceObject_Id getId();

    /** Description in the session language (DESCR). */
    String getDescription();

    /** Name of the primary table (PRIMARY_TBL_NAME). */
    String getPrimaryTableName();

    /** Page maintenance service of the object (SVC_NAME). */
    String getServiceName();
}
