package com.splwg.ccb.domain.billing.bill;

import java.math.BigInteger;

import com.splwg.base.api.ChildCollection;
import com.splwg.base.domain.common.characteristicType.CharacteristicType_Id;

/**
 * Characteristics of a bill (CI_BILL_CHAR).
 */
public interface BillCharacteristics extends ChildCollection<BillCharacteristic> {

    /** An empty DTO for a new characteristic row of this owner. */
    BillCharacteristic_DTO newChildDTO();

    /**
     * Adds the row described by {@code dto} under the given characteristic type and key part and
     * returns the new child.
     */
    BillCharacteristic add(BillCharacteristic_DTO dto, CharacteristicType_Id characteristicTypeId, BigInteger sequence);
}
