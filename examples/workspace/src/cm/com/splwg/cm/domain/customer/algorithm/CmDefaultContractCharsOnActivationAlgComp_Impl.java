package com.splwg.cm.domain.customer.algorithm;

import java.util.ArrayList;
import java.util.List;

import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.base.domain.common.characteristicType.CharacteristicType;
import com.splwg.ccb.domain.admin.serviceAgreementType.SaTypeSaActivationAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.account.AccountCharacteristic;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreementCharacteristic_DTO;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Copies reporting characteristics (cost centre, sales region...) from the account to a new
 * contract when it is activated, so that GL construction and revenue reporting work from day one.
 * Characteristics the contract already has are left alone.
 *
 * Plugged on the SA Type, SA Activation event.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (entityName = characteristicType, name = firstCharTypeToCopy, required = true, type = entity)
 *            , @AlgorithmSoftParameter (entityName = characteristicType, name = secondCharTypeToCopy, type = entity)})
 */
public class CmDefaultContractCharsOnActivationAlgComp_Impl extends CmDefaultContractCharsOnActivationAlgComp_Gen
        implements SaTypeSaActivationAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmDefaultContractCharsOnActivationAlgComp_Impl.class);

    private ServiceAgreement serviceAgreement;

    @Override
    public void invoke() {
        List<CharacteristicType> charTypes = new ArrayList<>();
        charTypes.add(getFirstCharTypeToCopy());
        if (notNull(getSecondCharTypeToCopy())) {
            charTypes.add(getSecondCharTypeToCopy());
        }

        PreparedStatement existsPs = createPreparedStatement(
                "SELECT COUNT(*) AS CHAR_COUNT FROM CI_SA_CHAR WHERE SA_ID = :saId AND CHAR_TYPE_CD = :charType",
                "CmDefaultContractChars - contract characteristic exists");
        existsPs.setAutoclose(false);
        try {
            for (CharacteristicType charType : charTypes) {
                existsPs.bindId("saId", serviceAgreement.getId());
                existsPs.bindEntity("charType", charType);
                SQLResultRow row = existsPs.firstRow();
                if (row.getInteger("CHAR_COUNT").signum() > 0) {
                    continue;
                }
                copyFromAccount(charType);
            }
        } finally {
            existsPs.close();
        }
    }

    private void copyFromAccount(CharacteristicType charType) {
        AccountCharacteristic accountChar = serviceAgreement.getAccount()
                .getEffectiveCharacteristic(charType, serviceAgreement.getStartDate());
        if (isNull(accountChar)) {
            logger.debug("Account of SA " + serviceAgreement.getId().getTrimmedValue() + " has no "
                    + charType.getId().getTrimmedValue() + " characteristic");
            return;
        }
        ServiceAgreementCharacteristic_DTO dto = serviceAgreement.getCharacteristics().newChildDTO();
        dto.setCharacteristicValue(accountChar.getCharacteristicValue());
        dto.setAdhocCharacteristicValue(accountChar.getAdhocCharacteristicValue());
        dto.setCharacteristicValueForeignKey1(accountChar.getCharacteristicValueForeignKey1());
        serviceAgreement.getCharacteristics().add(dto, charType.getId(), serviceAgreement.getStartDate());
        logger.info("Copied " + charType.getId().getTrimmedValue() + " to SA " + serviceAgreement.getId().getTrimmedValue());
    }

    @Override
    public void setServiceAgreement(ServiceAgreement serviceAgreement) {
        this.serviceAgreement = serviceAgreement;
    }
}
