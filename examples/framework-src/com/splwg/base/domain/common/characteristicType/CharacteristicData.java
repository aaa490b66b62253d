package com.splwg.base.domain.common.characteristicType;

/**
 * A characteristic value passed between components without an owning entity, e.g. the
 * characteristics entered with an adjustment that the Adjustment Generation algorithm may use.
 */
public class CharacteristicData {

    private CharacteristicType characteristicType;
    private String characteristicValue;
    private String adhocCharacteristicValue;
    private String characteristicValueForeignKey1;

    public CharacteristicType getCharacteristicType() {
        return characteristicType;
    }

    public void setCharacteristicType(CharacteristicType characteristicType) {
        this.characteristicType = characteristicType;
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
}
