package com.splwg.ccb.domain.billing.bill;

import com.splwg.base.api.DataTransferObject;

/**
 * Transfer object of {@link BillCharacteristic}: one property per column of CI_BILL_CHAR; foreign
 * keys are held as their {@code _Id}.
 */
public class BillCharacteristic_DTO implements DataTransferObject<BillCharacteristic> {

    private BillCharacteristic_Id id;
    private String characteristicValue;
    private String adhocCharacteristicValue;
    private String characteristicValueForeignKey1;

    public BillCharacteristic_Id getId() {
        return id;
    }

    public void setId(BillCharacteristic_Id id) {
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
    public BillCharacteristic newEntity() {
        throw new UnsupportedOperationException("API stub");
    }

    @Override
    public BillCharacteristic getEntity() {
        return null;
    }
}
