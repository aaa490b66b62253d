package com.splwg.base.domain.common.characteristicType;

import com.splwg.base.api.datatypes.EntityId;

/**
 * Primary key of {@link CharacteristicType} (CI_CHAR_TYPE).
 */
public final class CharacteristicType_Id extends EntityId<CharacteristicType> {

    private static final long serialVersionUID = 1L;

    public CharacteristicType_Id(String characteristicTypeId) {
        super(characteristicTypeId);
    }

    @Override
    public CharacteristicType getEntity() {
        return null;
    }
}
