package com.splwg.ccb.domain.rate.rateComponent;

import com.splwg.base.api.datatypes.EntityId;

/**
 * Primary key of {@link RateComponent} (CI_RC).
 */
public final class RateComponent_Id extends EntityId<RateComponent> {

    private static final long serialVersionUID = 1L;

    public RateComponent_Id(String rateComponentId) {
        super(rateComponentId);
    }

    @Override
    public RateComponent getEntity() {
        return null;
    }
}
