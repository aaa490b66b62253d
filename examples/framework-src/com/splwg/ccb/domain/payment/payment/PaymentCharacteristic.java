package com.splwg.ccb.domain.payment.payment;

import com.splwg.base.api.BusinessEntity;
import com.splwg.base.domain.common.characteristicType.CharacteristicType;

/**
 * One characteristic row of a payment (CI_PAY_CHAR), keyed by the owner, the characteristic type
 * and the sequence number.
 */
public interface PaymentCharacteristic extends BusinessEntity {

    @Override
    PaymentCharacteristic_Id getId();

    /** Predefined characteristic value code (CHAR_VAL). */
    String getCharacteristicValue();

    /** Free-format (ad-hoc) characteristic value (ADHOC_CHAR_VAL). */
    String getAdhocCharacteristicValue();

    /** First foreign-key value of a foreign-key characteristic (CHAR_VAL_FK1). */
    String getCharacteristicValueForeignKey1();

    PaymentCharacteristic_DTO getDTO();

    void setDTO(PaymentCharacteristic_DTO dto);

    /** The characteristic type of this row. */
    CharacteristicType getCharacteristicType();
}
