package com.splwg.ccb.domain.billing.bill;

import com.splwg.base.api.BusinessEntity;
import com.splwg.base.domain.common.characteristicType.CharacteristicType;

/**
 * One characteristic row of a bill (CI_BILL_CHAR), keyed by the owner, the characteristic type and
 * the sequence number.
 */
public interface BillCharacteristic extends BusinessEntity {

    @Override
    BillCharacteristic_Id getId();

    /** Predefined characteristic value code (CHAR_VAL). */
    String getCharacteristicValue();

    /** Free-format (ad-hoc) characteristic value (ADHOC_CHAR_VAL). */
    String getAdhocCharacteristicValue();

    /** First foreign-key value of a foreign-key characteristic (CHAR_VAL_FK1). */
    String getCharacteristicValueForeignKey1();

    BillCharacteristic_DTO getDTO();

    void setDTO(BillCharacteristic_DTO dto);

    /** The characteristic type of this row. */
    CharacteristicType getCharacteristicType();
}
