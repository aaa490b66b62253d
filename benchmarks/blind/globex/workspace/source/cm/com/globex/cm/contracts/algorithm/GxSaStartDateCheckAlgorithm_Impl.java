package com.globex.cm.contracts.algorithm;

import com.globex.cm.common.messages.GxMessageRepository;
import com.splwg.base.api.datatypes.Date;
import com.splwg.ccb.domain.admin.serviceAgreementType.SaTypeSaActivationAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.account.Account;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;

/**
 * Globex Telecom - SA Activation: keeps the contract pending when its start date is before the
 * account's set-up date, or back-dated more than {@code maxBackdatedDays} days before today
 * (retail shops back-date contracts to dodge the activation fee).
 *
 * @author Globex ORMB team (A. Brandt)
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = maxBackdatedDays, required = true, type = integer)})
 */
public class GxSaStartDateCheckAlgorithm_Impl extends GxSaStartDateCheckAlgorithm_Gen
        implements SaTypeSaActivationAlgorithmSpot {

    private ServiceAgreement serviceAgreement;

    @Override
    public void invoke() {
        Date start = serviceAgreement.getStartDate();
        if (start == null) {
            return;
        }
        Account account = serviceAgreement.getAccount();
        if (account.getSetUpDate() != null && start.isBefore(account.getSetUpDate())) {
            addError(GxMessageRepository.saStartBeforeSetup(serviceAgreement.getId().getTrimmedValue(), start,
                    account.getSetUpDate()));
        }
        int maxDays = getMaxBackdatedDays().intValue();
        Date earliest = getProcessDateTime().getDate().addDays(-maxDays);
        if (start.isBefore(earliest)) {
            addError(GxMessageRepository.saStartBackdated(serviceAgreement.getId().getTrimmedValue(), start, maxDays));
        }
    }

    @Override
    public void setServiceAgreement(ServiceAgreement serviceAgreement) {
        this.serviceAgreement = serviceAgreement;
    }
}
