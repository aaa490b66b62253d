package com.splwg.ccb.domain.payment.payment;

import java.math.BigInteger;

import com.splwg.base.api.datatypes.EntityId;
import com.splwg.base.domain.common.characteristicType.CharacteristicType;
import com.splwg.base.domain.common.characteristicType.CharacteristicType_Id;

/**
 * Composite primary key of {@link PaymentCharacteristic} (CI_PAY_CHAR).
 */
public final class PaymentCharacteristic_Id extends EntityId<PaymentCharacteristic> {

    private static final long serialVersionUID = 1L;

    private final Payment_Id paymentId;
    private final CharacteristicType_Id characteristicTypeId;
    private final BigInteger sequence;

    public PaymentCharacteristic_Id(Payment_Id paymentId, CharacteristicType_Id characteristicTypeId, BigInteger sequence) {
        super(paymentId.getIdValue() + "|" + characteristicTypeId.getIdValue() + "|" + String.valueOf(sequence));
        this.paymentId = paymentId;
        this.characteristicTypeId = characteristicTypeId;
        this.sequence = sequence;
    }

    public PaymentCharacteristic_Id(Payment payment, CharacteristicType characteristicType, BigInteger sequence) {
        this(payment.getId(), characteristicType.getId(), sequence);
    }

    public Payment_Id getPaymentId() {
        return paymentId;
    }

    public CharacteristicType_Id getCharacteristicTypeId() {
        return characteristicTypeId;
    }

    public BigInteger getSequence() {
        return sequence;
    }

    @Override
    public PaymentCharacteristic getEntity() {
        return null;
    }
}
