package com.splwg.ccb.domain.customerinfo.serviceAgreement;

import com.splwg.base.api.BusinessEntity;
import com.splwg.base.domain.common.characteristicType.CharacteristicType;

/**
 * One characteristic row of a service agreement (CI_SA_CHAR), keyed by the owner, the
 * characteristic type and the effective date.
 */
public interface ServiceAgreementCharacteristic extends BusinessEntity {

    @Override
    ServiceAgreementCharacteristic_Id getId();

    /** Predefined characteristic value code (CHAR_VAL). */
    String getCharacteristicValue();

    /** Free-format (ad-hoc) characteristic value (ADHOC_CHAR_VAL). */
    String getAdhocCharacteristicValue();

    /** First foreign-key value of a foreign-key characteristic (CHAR_VAL_FK1). */
    String getCharacteristicValueForeignKey1();

    ServiceAgreementCharacteristic_DTO getDTO();

    void setDTO(ServiceAgreementCharacteristic_DTO dto);

    /** The characteristic type of this row. */
    CharacteristicType getCharacteristicType();
}
