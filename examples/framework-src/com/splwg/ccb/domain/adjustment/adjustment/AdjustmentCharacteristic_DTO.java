package com.splwg.ccb.domain.adjustment.adjustment;

import com.splwg.base.api.DataTransferObject;

/**
 * Transfer object of {@link AdjustmentCharacteristic}: one property per column of CI_ADJ_CHAR;
 * foreign keys are held as their {@code _Id}.
 */
public class AdjustmentCharacteristic_DTO implements DataTransferObject<AdjustmentCharacteristic> {

    private AdjustmentCharacteristic_Id id;
    private String characteristicValue;
    private String adhocCharacteristicValue;
    private String characteristicValueForeignKey1;

    public AdjustmentCharacteristic_Id getId() {
        return id;
    }

    public void setId(AdjustmentCharacteristic_Id id) {
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
    public AdjustmentCharacteristic newEntity() {
        throw new UnsupportedOperationException("API stub");
    }

    @Override
    public AdjustmentCharacteristic getEntity() {
        return null;
    }
}
