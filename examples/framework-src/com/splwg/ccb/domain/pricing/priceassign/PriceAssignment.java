package com.splwg.ccb.domain.pricing.priceassign;

import com.splwg.base.api.BusinessEntity;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.domain.common.currency.Currency;
import com.splwg.ccb.api.lookup.PriceAssignmentOwnerTypeLookup;
import com.splwg.ccb.domain.pricing.priceitem.PriceItem;

/**
 * Price assignment (CI_PRICEASGN): assigns a price item's pricing (rate schedule, price
 * components) to an owner, either a price list (PLST) or a party (PRTY), for a date range.
 */
public interface PriceAssignment extends BusinessEntity {

    @Override
    PriceAssignment_Id getId();

    /** The priced item (PRICEITEM_CD). */
    PriceItem getPriceItem();

    /** Price list id or party UID, depending on the owner type (OWNER_ID). */
    String getOwnerId();

    /** PLST for price lists, PRTY for parties (PA_OWNER_TYPE_FLG). */
    PriceAssignmentOwnerTypeLookup getOwnerType();

    /** Start of validity (START_DT). */
    Date getStartDate();

    /** End of validity, null when open (END_DT). */
    Date getEndDate();

    /** Currency of the price (PRICE_CURRENCY_CD). */
    Currency getPriceCurrency();

    /** Rate schedule that calculates the charge (RS_CD). */
    String getRateScheduleCode();
}
