package com.splwg.base.domain.common.characteristicType;

import com.splwg.base.api.algorithms.AlgorithmSpot;

/**
 * Characteristic Type - Ad-hoc Value Validation. The algorithm plugged in on an ad-hoc
 * characteristic type ({@code CHAR_TYPE_FLG = 'ADV'}) validates, and may reformat, every ad-hoc
 * value entered for that type, whatever entity it is attached to (person, account, contract,
 * bill...). Typical uses: numeric or date values, e-mail or tax id formats, value ranges.
 *
 * <p>Input hard parameters: the characteristic type and the entered value. Output: the reformatted
 * value to store. Report an invalid value with {@code addError}.
 *
 * @AlgorithmSpot (algorithmEntityValues = { "characteristicTypeAdhocValueValidation"})
 */
public interface AdhocCharacteristicValueValidationAlgorithmSpot extends AlgorithmSpot {

    void setCharacteristicType(CharacteristicType characteristicType);

    /** The value as entered. */
    void setAdhocValue(String adhocValue);

    /** The value to store (reformatted, e.g. upper-cased or zero-padded). */
    String getReformattedValue();
}
