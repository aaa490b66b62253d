package com.splwg.ccb.domain.adjustment.adjustment;

import java.math.BigInteger;

import com.splwg.base.api.ChildCollection;
import com.splwg.base.domain.common.characteristicType.CharacteristicType_Id;

/**
 * Characteristics of a adjustment (CI_ADJ_CHAR).
 */
public interface AdjustmentCharacteristics extends ChildCollection<AdjustmentCharacteristic> {

    /** An empty DTO for a new characteristic row of this owner. */
    AdjustmentCharacteristic_DTO newChildDTO();

    /**
     * Adds the row described by {@code dto} under the given characteristic type and key part and
     * returns the new child.
     */
    AdjustmentCharacteristic add(AdjustmentCharacteristic_DTO dto, CharacteristicType_Id characteristicTypeId, BigInteger sequence);
}
