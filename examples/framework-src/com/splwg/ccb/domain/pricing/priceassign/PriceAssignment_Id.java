package com.splwg.ccb.domain.pricing.priceassign;

import com.splwg.base.api.datatypes.EntityId;

/**
 * Primary key of {@link PriceAssignment} (CI_PRICEASGN).
 */
public final class PriceAssignment_Id extends EntityId<PriceAssignment> {

    private static final long serialVersionUID = 1L;

    public PriceAssignment_Id(String priceAssignmentId) {
        super(priceAssignmentId);
    }

    @Override
    public PriceAssignment getEntity() {
        return null;
    }
}
