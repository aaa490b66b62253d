package com.splwg.ccb.domain.billing.billSegment;

import com.splwg.base.api.datatypes.EntityId;

/**
 * Primary key of {@link BillSegment} (CI_BSEG).
 */
public final class BillSegment_Id extends EntityId<BillSegment> {

    private static final long serialVersionUID = 1L;

    public BillSegment_Id(String billSegmentId) {
        super(billSegmentId);
    }

    @Override
    public BillSegment getEntity() {
        return null;
    }
}
