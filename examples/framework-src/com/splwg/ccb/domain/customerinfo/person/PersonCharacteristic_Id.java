package com.splwg.ccb.domain.customerinfo.person;

import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.datatypes.EntityId;
import com.splwg.base.domain.common.characteristicType.CharacteristicType;
import com.splwg.base.domain.common.characteristicType.CharacteristicType_Id;

/**
 * Composite primary key of {@link PersonCharacteristic} (CI_PER_CHAR).
 */
public final class PersonCharacteristic_Id extends EntityId<PersonCharacteristic> {

    private static final long serialVersionUID = 1L;

    private final Person_Id personId;
    private final CharacteristicType_Id characteristicTypeId;
    private final Date effectiveDate;

    public PersonCharacteristic_Id(Person_Id personId, CharacteristicType_Id characteristicTypeId, Date effectiveDate) {
        super(personId.getIdValue() + "|" + characteristicTypeId.getIdValue() + "|" + String.valueOf(effectiveDate));
        this.personId = personId;
        this.characteristicTypeId = characteristicTypeId;
        this.effectiveDate = effectiveDate;
    }

    public PersonCharacteristic_Id(Person person, CharacteristicType characteristicType, Date effectiveDate) {
        this(person.getId(), characteristicType.getId(), effectiveDate);
    }

    public Person_Id getPersonId() {
        return personId;
    }

    public CharacteristicType_Id getCharacteristicTypeId() {
        return characteristicTypeId;
    }

    public Date getEffectiveDate() {
        return effectiveDate;
    }

    @Override
    public PersonCharacteristic getEntity() {
        return null;
    }
}
