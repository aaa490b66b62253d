package com.initech.rmb.customer.spot;

import com.initech.rmb.common.InitechAlgorithm;
import com.initech.rmb.common.InitechMessages;
import com.initech.rmb.common.SoftParams;
import com.splwg.ccb.domain.admin.serviceAgreementType.SaTypeSaActivationAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;

/**
 * SA Type - SA Activation (CM-CCYCHK). A contract may only go live in the currency of its
 * counterparty account (no multi-currency receivables on one account).
 */
@SoftParams({})
public class CmContractCurrencyCheck_Impl extends InitechAlgorithm implements SaTypeSaActivationAlgorithmSpot {

    private ServiceAgreement serviceAgreement;

    @Override
    public void invoke() {
        String contractCurrency = serviceAgreement.getCurrency().getId().getTrimmedValue();
        String accountCurrency = serviceAgreement.getAccount().getCurrency().getId().getTrimmedValue();
        if (!contractCurrency.equals(accountCurrency)) {
            fail(InitechMessages.CONTRACT_CURRENCY_MISMATCH, serviceAgreement.getId().getTrimmedValue(),
                    contractCurrency, accountCurrency);
        }
    }

    @Override
    public void setServiceAgreement(ServiceAgreement serviceAgreement) {
        this.serviceAgreement = serviceAgreement;
    }
}
