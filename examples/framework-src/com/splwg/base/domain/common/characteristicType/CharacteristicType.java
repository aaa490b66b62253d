package com.splwg.base.domain.common.characteristicType;

import com.splwg.base.api.BusinessEntity;
import com.splwg.base.api.lookup.CharacteristicTypeLookup;
import com.splwg.base.domain.common.algorithm.Algorithm;

/**
 * Characteristic type (CI_CHAR_TYPE). Defines an extra attribute that can be attached to persons,
 * accounts, contracts, bills, adjustments and many other entities; its type decides whether values
 * are predefined (CHAR_VAL), ad-hoc (ADHOC_CHAR_VAL) or foreign keys (CHAR_VAL_FK1..5). Algorithms
 * usually receive the characteristic type as an entity soft parameter.
 */
public interface CharacteristicType extends BusinessEntity {

    @Override
    CharacteristicType_Id getId();

    /** Description in the session language (DESCR). */
    String getDescription();

    /** Kind of value: ad-hoc, predefined, foreign key or file location (CHAR_TYPE_FLG). */
    CharacteristicTypeLookup getCharacteristicType();

    /**
     * Algorithm validating ad-hoc values (AdhocCharacteristicValueValidationAlgorithmSpot)
     * (ADHOC_VAL_ALG_CD).
     */
    Algorithm getAdhocValueValidationAlgorithm();
}
