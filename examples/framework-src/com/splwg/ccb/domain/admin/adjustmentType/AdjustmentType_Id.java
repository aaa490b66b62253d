package com.splwg.ccb.domain.admin.adjustmentType;

import com.splwg.base.api.datatypes.EntityId;

/**
 * Primary key of {@link AdjustmentType} (CI_ADJ_TYPE).
 */
public final class AdjustmentType_Id extends EntityId<AdjustmentType> {

    private static final long serialVersionUID = 1L;

    public AdjustmentType_Id(String adjustmentTypeId) {
        super(adjustmentTypeId);
    }

    @Override
    public AdjustmentType getEntity() {
        return null;
    }
}
