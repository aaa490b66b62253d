package com.splwg.ccb.domain.admin.billSegmentType;

import com.splwg.base.api.datatypes.EntityId;

/**
 * Primary key of {@link BillSegmentType} (CI_BSEG_TYPE).
 */
public final class BillSegmentType_Id extends EntityId<BillSegmentType> {

    private static final long serialVersionUID = 1L;

    public BillSegmentType_Id(String billSegmentTypeId) {
        super(billSegmentTypeId);
    }

    @Override
    public BillSegmentType getEntity() {
        return null;
    }
}
