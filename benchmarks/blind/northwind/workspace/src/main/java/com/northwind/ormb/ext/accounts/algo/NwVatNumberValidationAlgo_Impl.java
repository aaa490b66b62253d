package com.northwind.ormb.ext.accounts.algo;

import java.util.logging.Logger;

import com.northwind.ormb.ext.common.NwMessages;
import com.splwg.base.api.algorithms.AbstractAlgorithmComponent;
import com.splwg.base.domain.common.characteristicType.AdhocCharacteristicValueValidationAlgorithmSpot;
import com.splwg.base.domain.common.characteristicType.CharacteristicType;

/**
 * Characteristic Type - Ad-hoc Value Validation (NW-VATNO): UK VAT registration numbers. Blanks
 * are removed, the value is upper-cased and the GB prefix added when missing; the result must be
 * GB followed by 9 digits (or 12 digits for branch traders).
 *
 * Parameters:
 *   1 allowBranchNumbers (boolean, optional) - accept the 12 digit branch format
 */
public class NwVatNumberValidationAlgo_Impl extends AbstractAlgorithmComponent
        implements AdhocCharacteristicValueValidationAlgorithmSpot {

    private static final Logger LOG = Logger.getLogger(NwVatNumberValidationAlgo_Impl.class.getName());

    private String adhocValue;
    private String reformatted;

    @Override
    public void invoke() {
        if (adhocValue == null) {
            return;
        }
        boolean allowBranch = getBooleanSoftParameter("allowBranchNumbers").isTrue();
        String value = adhocValue.replace(" ", "").toUpperCase();
        if (!value.startsWith("GB")) {
            value = "GB" + value;
        }
        boolean valid = value.matches("GB\\d{9}") || (allowBranch && value.matches("GB\\d{12}"));
        if (!valid) {
            LOG.fine(() -> "Invalid VAT number " + adhocValue);
            addError(NwMessages.of(NwMessages.INVALID_VAT_NUMBER, adhocValue));
        }
        reformatted = value;
    }

    @Override
    public void setCharacteristicType(CharacteristicType characteristicType) {
    }

    @Override
    public void setAdhocValue(String adhocValue) {
        this.adhocValue = adhocValue;
    }

    @Override
    public String getReformattedValue() {
        return reformatted;
    }
}
