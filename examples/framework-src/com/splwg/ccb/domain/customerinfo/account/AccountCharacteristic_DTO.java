package com.splwg.ccb.domain.customerinfo.account;

import com.splwg.base.api.DataTransferObject;

/**
 * Transfer object of {@link AccountCharacteristic}: one property per column of CI_ACCT_CHAR;
 * foreign keys are held as their {@code _Id}.
 */
public class AccountCharacteristic_DTO implements DataTransferObject<AccountCharacteristic> {

    private AccountCharacteristic_Id id;
    private String characteristicValue;
    private String adhocCharacteristicValue;
    private String characteristicValueForeignKey1;

    public AccountCharacteristic_Id getId() {
        return id;
    }

    public void setId(AccountCharacteristic_Id id) {
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
    public AccountCharacteristic newEntity() {
        throw new UnsupportedOperationException("API stub");
    }

    @Override
    public AccountCharacteristic getEntity() {
        return null;
    }
}
