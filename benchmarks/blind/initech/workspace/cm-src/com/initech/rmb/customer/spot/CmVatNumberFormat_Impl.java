package com.initech.rmb.customer.spot;

import com.initech.rmb.common.InitechAlgorithm;
import com.initech.rmb.common.InitechMessages;
import com.initech.rmb.common.SoftParams;
import com.splwg.base.domain.common.characteristicType.AdhocCharacteristicValueValidationAlgorithmSpot;
import com.splwg.base.domain.common.characteristicType.CharacteristicType;

/**
 * Characteristic Type - Ad hoc Value Validation (CM-VATNBR). Counterparty VAT registration numbers:
 * two-letter country prefix followed by 8 to 12 letters or digits; blanks and dots are removed and
 * the value is stored in upper case.
 */
@SoftParams({})
public class CmVatNumberFormat_Impl extends InitechAlgorithm implements AdhocCharacteristicValueValidationAlgorithmSpot {

    private static final String VAT_PATTERN = "[A-Z]{2}[A-Z0-9]{8,12}";

    private String adhocValue;
    private String reformatted;

    @Override
    public void invoke() {
        String cleaned = adhocValue == null ? "" : adhocValue.replace(" ", "").replace(".", "").toUpperCase();
        if (!cleaned.matches(VAT_PATTERN)) {
            fail(InitechMessages.VAT_NUMBER_INVALID, adhocValue);
            return;
        }
        reformatted = cleaned;
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
