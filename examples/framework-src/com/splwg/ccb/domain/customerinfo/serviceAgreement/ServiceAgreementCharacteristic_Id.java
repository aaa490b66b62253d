package com.splwg.ccb.domain.customerinfo.serviceAgreement;

import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.datatypes.EntityId;
import com.splwg.base.domain.common.characteristicType.CharacteristicType;
import com.splwg.base.domain.common.characteristicType.CharacteristicType_Id;

/**
 * Composite primary key of {@link ServiceAgreementCharacteristic} (CI_SA_CHAR).
 */
public final class ServiceAgreementCharacteristic_Id extends EntityId<ServiceAgreementCharacteristic> {

    private static final long serialVersionUID = 1L;

    private final ServiceAgreement_Id serviceAgreementId;
    private final CharacteristicType_Id characteristicTypeId;
    private final Date effectiveDate;

    public ServiceAgreementCharacteristic_Id(ServiceAgreement_Id serviceAgreementId, CharacteristicType_Id characteristicTypeId, Date effectiveDate) {
        super(serviceAgreementId.getIdValue() + "|" + characteristicTypeId.getIdValue() + "|" + String.valueOf(effectiveDate));
        this.serviceAgreementId = serviceAgreementId;
        this.characteristicTypeId = characteristicTypeId;
        this.effectiveDate = effectiveDate;
    }

    public ServiceAgreementCharacteristic_Id(ServiceAgreement serviceAgreement, CharacteristicType characteristicType, Date effectiveDate) {
        this(serviceAgreement.getId(), characteristicType.getId(), effectiveDate);
    }

    public ServiceAgreement_Id getServiceAgreementId() {
        return serviceAgreementId;
    }

    public CharacteristicType_Id getCharacteristicTypeId() {
        return characteristicTypeId;
    }

    public Date getEffectiveDate() {
        return effectiveDate;
    }

    @Override
    public ServiceAgreementCharacteristic getEntity() {
        return null;
    }
}
