package com.globex.cm.contracts.algorithm;

import com.globex.cm.common.messages.GxMessageRepository;
import com.splwg.base.api.datatypes.Date;
import com.splwg.ccb.domain.admin.serviceAgreementType.SaTypeSaActivationAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreementCharacteristic;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreementCharacteristic_DTO;

/**
 * Globex Telecom - SA Activation: derives the renewal date of the contract (start date + plan
 * term in months) and stores it as an ad hoc contract characteristic (yyyy-MM-dd), effective on
 * the start date.
 *
 * @author Globex ORMB team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (entityName = characteristicType, name = termMonthsCharType, required = true, type = entity)
 *            , @AlgorithmSoftParameter (entityName = characteristicType, name = renewalDateCharType, required = true, type = entity)})
 */
public class GxRenewalDateCharAlgorithm_Impl extends GxRenewalDateCharAlgorithm_Gen
        implements SaTypeSaActivationAlgorithmSpot {

    private ServiceAgreement serviceAgreement;

    @Override
    public void invoke() {
        Date start = serviceAgreement.getStartDate();
        ServiceAgreementCharacteristic term = serviceAgreement.getEffectiveCharacteristic(getTermMonthsCharType(), start);
        if (term == null) {
            term = serviceAgreement.getEffectiveCharacteristic(getTermMonthsCharType());
        }
        if (term == null || start == null) {
            return;
        }
        String raw = notBlank(term.getAdhocCharacteristicValue()) ? term.getAdhocCharacteristicValue().trim()
                : (term.getCharacteristicValue() == null ? "" : term.getCharacteristicValue().trim());
        if (raw.isEmpty()) {
            return;
        }
        int months;
        try {
            months = Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            addError(GxMessageRepository.charValueNotNumeric(getTermMonthsCharType().getId().getTrimmedValue(), raw));
            return;
        }
        Date renewal = start.addMonths(months);
        ServiceAgreementCharacteristic_DTO dto = serviceAgreement.getCharacteristics().newChildDTO();
        dto.setAdhocCharacteristicValue(renewal.toString());
        serviceAgreement.getCharacteristics().add(dto, getRenewalDateCharType().getId(), start);
    }

    @Override
    public void setServiceAgreement(ServiceAgreement serviceAgreement) {
        this.serviceAgreement = serviceAgreement;
    }
}
