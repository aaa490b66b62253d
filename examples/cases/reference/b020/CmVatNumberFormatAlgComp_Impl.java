package com.splwg.cm.domain.customer.algorithm;

import java.util.regex.Pattern;

import com.splwg.base.domain.StandardMessages;
import com.splwg.base.domain.common.characteristicType.AdhocCharacteristicValueValidationAlgorithmSpot;
import com.splwg.base.domain.common.characteristicType.CharacteristicType;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Validates and normalises VAT numbers entered as ad hoc characteristic values: spaces and dots are
 * removed and the value is upper-cased; the result must be a two-letter country prefix followed by
 * 8 to 12 digits. The cleaned value is handed back as the reformatted value.
 *
 * Plugged on the VAT number Characteristic Type, Ad hoc Value Validation.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent ()
 */
public class CmVatNumberFormatAlgComp_Impl extends CmVatNumberFormatAlgComp_Gen
        implements AdhocCharacteristicValueValidationAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmVatNumberFormatAlgComp_Impl.class);

    private static final Pattern VAT_FORMAT = Pattern.compile("[A-Z]{2}[0-9]{8,12}");

    private CharacteristicType characteristicType;
    private String adhocValue;
    private String reformattedValue;

    @Override
    public void invoke() {
        String cleaned = adhocValue == null ? "" : adhocValue.replace(" ", "").replace(".", "").toUpperCase();
        if (!VAT_FORMAT.matcher(cleaned).matches()) {
            logger.debug("Invalid VAT number '" + adhocValue + "' for " + characteristicType);
            addError(StandardMessages.fieldInvalid("VAT number", adhocValue));
        }
        reformattedValue = cleaned;
    }

    @Override
    public void setCharacteristicType(CharacteristicType characteristicType) {
        this.characteristicType = characteristicType;
    }

    @Override
    public void setAdhocValue(String adhocValue) {
        this.adhocValue = adhocValue;
    }

    @Override
    public String getReformattedValue() {
        return reformattedValue;
    }
}
