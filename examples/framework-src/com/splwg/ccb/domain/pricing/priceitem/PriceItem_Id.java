package com.splwg.ccb.domain.pricing.priceitem;

import com.splwg.base.api.datatypes.EntityId;

/**
 * Primary key of {@link PriceItem} (CI_PRICEITEM).
 */
public final class PriceItem_Id extends EntityId<PriceItem> {

    private static final long serialVersionUID = 1L;

    public PriceItem_Id(String priceItemId) {
        super(priceItemId);
    }

    @Override
    public PriceItem getEntity() {
        return null;
    }
}
