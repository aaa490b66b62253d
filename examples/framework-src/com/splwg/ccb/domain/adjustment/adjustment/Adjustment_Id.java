package com.splwg.ccb.domain.adjustment.adjustment;

import com.splwg.base.api.datatypes.EntityId;

/**
 * Primary key of {@link Adjustment} (CI_ADJ).
 */
public final class Adjustment_Id extends EntityId<Adjustment> {

    private static final long serialVersionUID = 1L;

    public Adjustment_Id(String adjustmentId) {
        super(adjustmentId);
    }

    @Override
    public Adjustment getEntity() {
        return null;
    }
}
