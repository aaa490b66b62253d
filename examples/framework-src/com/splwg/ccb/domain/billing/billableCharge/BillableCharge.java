package com.splwg.ccb.domain.billing.billableCharge;

import com.splwg.base.api.BusinessEntity;
import com.splwg.base.api.datatypes.Date;
import com.splwg.ccb.api.lookup.BillableChargeStatusLookup;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;
import com.splwg.ccb.domain.pricing.priceitem.PriceItem;

/**
 * Billable charge (CI_BILL_CHG): a charge created outside meter-based rating, in ORMB typically by
 * the transaction feed aggregation, billed by the contract's bill segment creation. Service
 * quantities live in CI_BCHG_SQ and characteristics in CI_BILL_CHG_CHAR.
 */
public interface BillableCharge extends BusinessEntity {

    @Override
    BillableCharge_Id getId();

    /** Contract the charge is billed under (SA_ID). */
    ServiceAgreement getServiceAgreement();

    /** Start of the charge period (START_DT). */
    Date getStartDate();

    /** End of the charge period (END_DT). */
    Date getEndDate();

    /** Billable or canceled (BILLABLE_CHG_STAT). */
    BillableChargeStatusLookup getBillableChargeStatus();

    /** Price item charged (PRICEITEM_CD). */
    PriceItem getPriceItem();

    BillableCharge_DTO getDTO();

    void setDTO(BillableCharge_DTO dto);
}
