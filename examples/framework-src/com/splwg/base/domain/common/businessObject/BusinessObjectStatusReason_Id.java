package com.splwg.base.domain.common.businessObject;

import com.splwg.base.api.datatypes.Id;

/** Key of a BO status reason (F1_BUS_OBJ_STATUS_RSN): business object, status and reason code. */
public final class BusinessObjectStatusReason_Id extends Id {

    private static final long serialVersionUID = 1L;

    public BusinessObjectStatusReason_Id(BusinessObject_Id businessObjectId, String status, String statusReason) {
        super(businessObjectId.getIdValue() + "|" + status + "|" + statusReason);
    }
}
