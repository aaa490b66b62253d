package com.splwg.base.domain.common.businessObject;

import com.splwg.base.api.datatypes.EntityId;

/**
 * Primary key of {@link BusinessObject} (F1_BUS_OBJ).
 */
public final class BusinessObject_Id extends EntityId<BusinessObject> {

    private static final long serialVersionUID = 1L;

    public BusinessObject_Id(String businessObjectId) {
        super(businessObjectId);
    }

    @Override
    public BusinessObject getEntity() {
        return null;
    }
}
