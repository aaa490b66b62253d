package com.splwg.ccb.domain.payment.payment;

import com.splwg.base.api.DataTransferObject;

/**
 * Transfer object of {@link PaymentCharacteristic}: one property per column of CI_PAY_CHAR;
 * foreign keys are held as their {@code _Id}.
 */
public class PaymentCharacteristic_DTO implements DataTransferObject<PaymentCharacteristic> {

    private PaymentCharacteristic_Id id;
    private String characteristicValue;
    private String adhocCharacteristicValue;
    private String characteristicValueForeignKey1;

    public PaymentCharacteristic_Id getId() {
        return id;
    }

    public void setId(PaymentCharacteristic_Id id) {
        this.id = id;
    }

    public String getCharacteristicValue() {
        return characteristicValue;
    }

    public void setCharacteristicValue(String characteristicValue) {
        this.characteristicValue = characteristicValue;
    }

    public String getAdhocCharacteristicValue() {
        return adhocCharacteristicValue;
    }

    public void setAdhocCharacteristicValue(String adhocCharacteristicValue) {
        this.adhocCharacteristicValue = adhocCharacteristicValue;
    }

    public String getCharacteristicValueForeignKey1() {
        return characteristicValueForeignKey1;
    }

    public void setCharacteristicValueForeignKey1(String characteristicValueForeignKey1) {
        this.characteristicValueForeignKey1 = characteristicValueForeignKey1;
    }

    @Override
    public PaymentCharacteristic newEntity() {
        throw new UnsupportedOperationException("API stub");
    }

    @Override
    public PaymentCharacteristic getEntity() {
        return null;
    }
}
