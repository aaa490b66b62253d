package com.splwg.ccb.domain.payment.payment;

import java.math.BigInteger;

import com.splwg.base.api.ChildCollection;
import com.splwg.base.domain.common.characteristicType.CharacteristicType_Id;

/**
 * Characteristics of a payment (CI_PAY_CHAR).
 */
public interface PaymentCharacteristics extends ChildCollection<PaymentCharacteristic> {

    /** An empty DTO for a new characteristic row of this owner. */
    PaymentCharacteristic_DTO newChildDTO();

    /**
     * Adds the row described by {@code dto} under the given characteristic type and key part and
     * returns the new child.
     */
    PaymentCharacteristic add(PaymentCharacteristic_DTO dto, CharacteristicType_Id characteristicTypeId, BigInteger sequence);
}
