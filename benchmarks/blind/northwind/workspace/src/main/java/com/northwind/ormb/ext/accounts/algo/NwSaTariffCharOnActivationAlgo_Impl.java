package com.northwind.ormb.ext.accounts.algo;

import java.util.logging.Logger;

import com.northwind.ormb.ext.common.NwMessages;
import com.splwg.base.api.algorithms.AbstractAlgorithmComponent;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.base.domain.common.characteristicType.CharacteristicType_Id;
import com.splwg.ccb.domain.admin.serviceAgreementType.SaTypeSaActivationAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreementCharacteristic_DTO;

/**
 * SA Type - SA Activation (NWELEC, NWGAS): the tariff the customer signed up for is captured on
 * the account by the sales journey; when a supply contract activates the tariff code is copied
 * onto the contract (same characteristic type, effective on the contract start date). An account
 * without a tariff is an error when the parameter says so, otherwise the contract is left as is.
 *
 * Parameters:
 *   1 tariffCharType (characteristic type, required) - predefined tariff characteristic
 *   2 tariffRequired (boolean, optional) - raise an error when the account has no tariff
 */
public class NwSaTariffCharOnActivationAlgo_Impl extends AbstractAlgorithmComponent
        implements SaTypeSaActivationAlgorithmSpot {

    private static final Logger LOG = Logger.getLogger(NwSaTariffCharOnActivationAlgo_Impl.class.getName());

    private ServiceAgreement serviceAgreement;

    @Override
    public void invoke() {
        String tariffCharType = getStringSoftParameter("tariffCharType");
        Date effectiveDate = serviceAgreement.getStartDate() != null
                ? serviceAgreement.getStartDate() : getProcessDateTime().getDate();
        String acctId = serviceAgreement.getAccount().getId().getIdValue();

        String tariff = null;
        PreparedStatement ps = createPreparedStatement("""
                SELECT CHAR_VAL
                  FROM CI_ACCT_CHAR
                 WHERE ACCT_ID = :acctId
                   AND CHAR_TYPE_CD = :charType
                   AND EFFDT <= :effDate
                 ORDER BY EFFDT DESC
                """, "NwSaTariffCharOnActivationAlgo - tariff of account");
        try {
            ps.bindString("acctId", acctId, "ACCT_ID");
            ps.bindString("charType", tariffCharType, "CHAR_TYPE_CD");
            ps.bindDate("effDate", effectiveDate);
            for (SQLResultRow row : ps.list()) {
                tariff = row.getString("CHAR_VAL");
                break;
            }
        } finally {
            ps.close();
        }

        if (isBlankOrNull(tariff)) {
            if (getBooleanSoftParameter("tariffRequired").isTrue()) {
                addError(NwMessages.of(NwMessages.ACCOUNT_CHAR_MISSING, acctId.trim(), tariffCharType.trim(),
                        serviceAgreement.getId().getTrimmedValue()));
            }
            return;
        }

        ServiceAgreementCharacteristic_DTO dto = serviceAgreement.getCharacteristics().newChildDTO();
        dto.setCharacteristicValue(tariff.trim());
        serviceAgreement.getCharacteristics().add(dto, new CharacteristicType_Id(tariffCharType), effectiveDate);
        String code = tariff.trim();
        LOG.fine(() -> "Tariff " + code + " copied to contract " + serviceAgreement.getId().getTrimmedValue());
    }

    @Override
    public void setServiceAgreement(ServiceAgreement serviceAgreement) {
        this.serviceAgreement = serviceAgreement;
    }
}
