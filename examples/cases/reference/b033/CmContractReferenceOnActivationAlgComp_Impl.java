package com.splwg.cm.domain.customer.algorithm;

import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.domain.admin.serviceAgreementType.SaTypeSaActivationAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreementCharacteristic_DTO;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreementCharacteristics;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Gives a new contract the customer's external reference: when the contract is activated, the
 * account's primary external account number (CI_ACCT_NBR, PRIM_SW 'Y') is stored on the contract
 * as an ad hoc characteristic effective from the contract start date. Accounts without a primary
 * number are left alone.
 *
 * Plugged on the SA Type, SA Activation event.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (entityName = characteristicType, name = contractReferenceCharType, required = true, type = entity)})
 */
public class CmContractReferenceOnActivationAlgComp_Impl extends CmContractReferenceOnActivationAlgComp_Gen
        implements SaTypeSaActivationAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmContractReferenceOnActivationAlgComp_Impl.class);

    private ServiceAgreement serviceAgreement;

    @Override
    public void invoke() {
        String accountNumber = null;
        PreparedStatement ps = createPreparedStatement(
                "SELECT ACCT_NBR FROM CI_ACCT_NBR WHERE ACCT_ID = :acctId AND PRIM_SW = 'Y'",
                "CmContractReferenceOnActivation - primary account number");
        try {
            ps.bindId("acctId", serviceAgreement.getAccount().getId());
            SQLResultRow row = ps.firstRow();
            if (notNull(row)) {
                accountNumber = row.getString("ACCT_NBR");
            }
        } finally {
            ps.close();
        }
        if (isBlankOrNull(accountNumber)) {
            logger.debug("Account of contract " + serviceAgreement.getId().getTrimmedValue() + " has no primary number");
            return;
        }
        ServiceAgreementCharacteristics chars = serviceAgreement.getCharacteristics();
        ServiceAgreementCharacteristic_DTO dto = chars.newChildDTO();
        dto.setAdhocCharacteristicValue(accountNumber.trim());
        chars.add(dto, getContractReferenceCharType().getId(), serviceAgreement.getStartDate());
        logger.info("Contract " + serviceAgreement.getId().getTrimmedValue() + " referenced as " + accountNumber.trim());
    }

    @Override
    public void setServiceAgreement(ServiceAgreement serviceAgreement) {
        this.serviceAgreement = serviceAgreement;
    }
}
