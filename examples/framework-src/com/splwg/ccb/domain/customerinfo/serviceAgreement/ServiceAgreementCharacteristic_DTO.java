package com.splwg.ccb.domain.customerinfo.serviceAgreement;

import com.splwg.base.api.DataTransferObject;

/**
 * Transfer object of {@link ServiceAgreementCharacteristic}: one property per column of
 * CI_SA_CHAR; foreign keys are held as their {@code _Id}.
 */
public class ServiceAgreementCharacteristic_DTO implements DataTransferObject<ServiceAgreementCharacteristic> {

    private ServiceAgreementCharacteristic_Id id;
    private String characteristicValue;
    private String adhocCharacteristicValue;
    private String characteristicValueForeignKey1;

    public ServiceAgreementCharacteristic_Id getId() {
        return id;
    }

    public void setId(ServiceAgreementCharacteristic_Id id) {
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
    public ServiceAgreementCharacteristic newEntity() {
        throw new UnsupportedOperationException("API stub");
    }

    @Override
    public ServiceAgreementCharacteristic getEntity() {
        return null;
    }
}
