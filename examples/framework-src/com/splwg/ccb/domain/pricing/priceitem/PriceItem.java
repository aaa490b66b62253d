package com.splwg.ccb.domain.pricing.priceitem;

import com.splwg.base.api.BusinessEntity;

/**
 * Price item (CI_PRICEITEM): a product or service that is priced and billed in ORMB (e.g. a
 * transaction fee or a monthly service charge). Price assignments give price items their rates for
 * a price list or a party.
 */
public interface PriceItem extends BusinessEntity {

    @Override
    PriceItem_Id getId();

    /** Description in the session language (CI_PRICEITEM_L) (DESCR). */
    String getDescription();
}
