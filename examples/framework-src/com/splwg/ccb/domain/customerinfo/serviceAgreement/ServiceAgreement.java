package com.splwg.ccb.domain.customerinfo.serviceAgreement;

import com.splwg.base.api.BusinessEntity;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.domain.common.characteristicType.CharacteristicType;
import com.splwg.base.domain.common.currency.Currency;
import com.splwg.ccb.api.lookup.ServiceAgreementStatusLookup;
import com.splwg.ccb.domain.adjustment.adjustment.Adjustment;
import com.splwg.ccb.domain.adjustment.adjustment.CreateFrozenAdjustmentData;
import com.splwg.ccb.domain.admin.serviceAgreementType.ServiceAgreementType;
import com.splwg.ccb.domain.customerinfo.account.Account;

/**
 * Service agreement (contract, CI_SA): the financial relationship under an account for one service
 * or product. Bill segments, adjustments, payment segments and billable charges all belong to a
 * contract; its SA type selects the contract-level algorithms.
 */
public interface ServiceAgreement extends BusinessEntity {

    @Override
    ServiceAgreement_Id getId();

    /** Owning account (ACCT_ID). */
    Account getAccount();

    /** SA type (CIS_DIVISION, SA_TYPE_CD). */
    ServiceAgreementType getServiceAgreementType();

    /**
     * Lifecycle status: pending start, active, pending stop, stopped, closed, canceled
     * (SA_STATUS_FLG).
     */
    ServiceAgreementStatusLookup getStatus();

    /** Start date (START_DT). */
    Date getStartDate();

    /** End date, null while open (END_DT). */
    Date getEndDate();

    /** Currency of the contract (CURRENCY_CD). */
    Currency getCurrency();

    /** Characteristics of this service agreement (CI_SA_CHAR). */
    ServiceAgreementCharacteristics getCharacteristics();

    /** The characteristic of the given type effective on the process date, or null. */
    ServiceAgreementCharacteristic getEffectiveCharacteristic(CharacteristicType characteristicType);

    /** The characteristic of the given type effective on {@code effectiveDate}, or null. */
    ServiceAgreementCharacteristic getEffectiveCharacteristic(CharacteristicType characteristicType, Date effectiveDate);

    ServiceAgreement_DTO getDTO();

    void setDTO(ServiceAgreement_DTO dto);

    /**
     * Creates an adjustment on this contract directly in the frozen state (its financial
     * transaction is created and frozen at once), e.g. for late payment charges or write-offs.
     */
    Adjustment createFrozenAdjustment(CreateFrozenAdjustmentData data);
}
