package com.globex.cm.contracts.algorithm;

import com.splwg.ccb.domain.admin.serviceAgreementType.SaTypeSaActivationAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.account.Account;
import com.splwg.ccb.domain.customerinfo.account.AccountCharacteristic;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreementCharacteristic_DTO;

/**
 * Globex Telecom - SA Activation: copies the account's customer segment (CONSUMER, SOHO,
 * ENTERPRISE...) onto the new contract, effective on the contract start date, so that revenue
 * reports can split contracts by segment. Nothing is done when the account has no segment.
 *
 * @author Globex ORMB team (A. Brandt)
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (entityName = characteristicType, name = accountSegmentCharType, required = true, type = entity)
 *            , @AlgorithmSoftParameter (entityName = characteristicType, name = contractSegmentCharType, required = true, type = entity)})
 */
public class GxSaActivationSegmentCharAlgorithm_Impl extends GxSaActivationSegmentCharAlgorithm_Gen
        implements SaTypeSaActivationAlgorithmSpot {

    private ServiceAgreement serviceAgreement;

    @Override
    public void invoke() {
        Account account = serviceAgreement.getAccount();
        AccountCharacteristic segment = account.getEffectiveCharacteristic(getAccountSegmentCharType());
        if (segment == null || isBlankOrNull(segment.getCharacteristicValue())) {
            return;
        }
        if (serviceAgreement.getEffectiveCharacteristic(getContractSegmentCharType(), serviceAgreement.getStartDate()) != null) {
            return;
        }
        ServiceAgreementCharacteristic_DTO dto = serviceAgreement.getCharacteristics().newChildDTO();
        dto.setCharacteristicValue(segment.getCharacteristicValue().trim());
        serviceAgreement.getCharacteristics().add(dto, getContractSegmentCharType().getId(), serviceAgreement.getStartDate());
    }

    @Override
    public void setServiceAgreement(ServiceAgreement serviceAgreement) {
        this.serviceAgreement = serviceAgreement;
    }
}
