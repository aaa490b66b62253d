package com.splwg.ccb.domain.adjustment.adjustment;

import com.splwg.base.api.BusinessEntity;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.datatypes.Money;
import com.splwg.base.domain.common.currency.Currency;
import com.splwg.ccb.api.lookup.AdjustmentStatusLookup;
import com.splwg.ccb.domain.admin.adjustmentType.AdjustmentType;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;

/**
 * Adjustment (CI_ADJ): a financial correction on a contract (charge, credit, write-off, interest,
 * late payment charge). Freezing it creates its financial transaction (FT_TYPE_FLG 'AD');
 * cancellation creates an 'AX'.
 */
public interface Adjustment extends BusinessEntity {

    @Override
    Adjustment_Id getId();

    /** Contract adjusted (SA_ID). */
    ServiceAgreement getServiceAgreement();

    /** Adjustment type (ADJ_TYPE_CD). */
    AdjustmentType getAdjustmentType();

    /** Incomplete, freezable, frozen or canceled (ADJ_STATUS_FLG). */
    AdjustmentStatusLookup getAdjustmentStatus();

    /** Amount (ADJ_AMT). */
    Money getAdjustmentAmount();

    /** Creation date (CRE_DT). */
    Date getCreationDate();

    /** Currency (CURRENCY_CD). */
    Currency getCurrency();

    /** Characteristics of this adjustment (CI_ADJ_CHAR). */
    AdjustmentCharacteristics getCharacteristics();

    /**
     * Freezes the adjustment (ADJ_STATUS_FLG '50') and creates its financial transaction, as the
     * Freeze button does; the adjustment type's freeze algorithms run. Only a freezable ('15')
     * adjustment can be frozen.
     */
    void freeze(Date accountingDate);

    Adjustment_DTO getDTO();

    void setDTO(Adjustment_DTO dto);
}
