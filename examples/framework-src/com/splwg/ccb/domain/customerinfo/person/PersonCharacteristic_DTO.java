package com.splwg.ccb.domain.customerinfo.person;

import com.splwg.base.api.DataTransferObject;

/**
 * Transfer object of {@link PersonCharacteristic}: one property per column of CI_PER_CHAR; foreign
 * keys are held as their {@code _Id}.
 */
public class PersonCharacteristic_DTO implements DataTransferObject<PersonCharacteristic> {

    private PersonCharacteristic_Id id;
    private String characteristicValue;
    private String adhocCharacteristicValue;
    private String characteristicValueForeignKey1;

    public PersonCharacteristic_Id getId() {
        return id;
    }

    public void setId(PersonCharacteristic_Id id) {
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
    public PersonCharacteristic newEntity() {
        throw new UnsupportedOperationException("API stub");
    }

    @Override
    public PersonCharacteristic getEntity() {
        return null;
    }
}
