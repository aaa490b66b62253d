package com.splwg.ccb.domain.customerinfo.person;

import com.splwg.base.api.ChildCollection;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.domain.common.characteristicType.CharacteristicType_Id;

/**
 * Characteristics of a person (CI_PER_CHAR).
 */
public interface PersonCharacteristics extends ChildCollection<PersonCharacteristic> {

    /** An empty DTO for a new characteristic row of this owner. */
    PersonCharacteristic_DTO newChildDTO();

    /**
     * Adds the row described by {@code dto} under the given characteristic type and key part and
     * returns the new child.
     */
    PersonCharacteristic add(PersonCharacteristic_DTO dto, CharacteristicType_Id characteristicTypeId, Date effectiveDate);
}
