package com.splwg.ccb.domain.customerinfo.serviceAgreement;

import com.splwg.base.api.ChildCollection;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.domain.common.characteristicType.CharacteristicType_Id;

/**
 * Characteristics of a service agreement (CI_SA_CHAR).
 */
public interface ServiceAgreementCharacteristics extends ChildCollection<ServiceAgreementCharacteristic> {

    /** An empty DTO for a new characteristic row of this owner. */
    ServiceAgreementCharacteristic_DTO newChildDTO();

    /**
     * Adds the row described by {@code dto} under the given characteristic type and key part and
     * returns the new child.
     */
    ServiceAgreementCharacteristic add(ServiceAgreementCharacteristic_DTO dto, CharacteristicType_Id characteristicTypeId, Date effectiveDate);
}
