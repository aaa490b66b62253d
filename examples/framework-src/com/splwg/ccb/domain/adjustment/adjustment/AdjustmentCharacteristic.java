package com.splwg.ccb.domain.adjustment.adjustment;

import com.splwg.base.api.BusinessEntity;
import com.splwg.base.domain.common.characteristicType.CharacteristicType;

/**
 * One characteristic row of a adjustment (CI_ADJ_CHAR), keyed by the owner, the characteristic
 * type and the sequence number.
 */
public interface AdjustmentCharacteristic extends BusinessEntity {

    @Override
    AdjustmentCharacteristic_Id getId();

    /** Predefined characteristic value code (CHAR_VAL). */
    String getCharacteristicValue();

    /** Free-format (ad-hoc) characteristic value (ADHOC_CHAR_VAL). */
    String getAdhocCharacteristicValue();

    /** First foreign-key value of a foreign-key characteristic (CHAR_VAL_FK1). */
    String getCharacteristicValueForeignKey1();

    AdjustmentCharacteristic_DTO getDTO();

    void setDTO(AdjustmentCharacteristic_DTO dto);

    /** The characteristic type of this row. */
    CharacteristicType getCharacteristicType();
}
