package com.initech.rmb.invoice.spot;

import com.initech.rmb.common.InitechAlgorithm;
import com.initech.rmb.common.SoftParams;
import com.splwg.base.api.datatypes.Bool;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.domain.common.characteristicType.CharacteristicType_Id;
import com.splwg.ccb.domain.admin.billCycle.BillCycle;
import com.splwg.ccb.domain.admin.serviceAgreementType.SaTypePreBillCompletionAlgorithmSpot;
import com.splwg.ccb.domain.admin.serviceAgreementType.ServiceAgreementType;
import com.splwg.ccb.domain.billing.bill.Bill;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreementCharacteristic;

/**
 * SA Type - Pre-Bill Completion (CM-BLHOLD). Contracts on billing hold (billing hold characteristic
 * = Y) skip the remaining contract-level pre-completion algorithms.
 */
@SoftParams({"billingHoldCharType:entity"})
public class CmContractBillingHoldSkip_Impl extends InitechAlgorithm implements SaTypePreBillCompletionAlgorithmSpot {

    private ServiceAgreement serviceAgreement;
    private Bool skip = Bool.FALSE;

    @Override
    public void invoke() {
        ServiceAgreementCharacteristic hold = serviceAgreement.getEffectiveCharacteristic(
                new CharacteristicType_Id(param("billingHoldCharType")).getEntity());
        if (hold != null && hold.getCharacteristicValue() != null && "Y".equals(hold.getCharacteristicValue().trim())) {
            skip = Bool.TRUE;
        }
    }

    @Override
    public void setBill(Bill bill) {
    }

    @Override
    public void setBillCycle(BillCycle billCycle) {
    }

    @Override
    public void setStartDate(Date startDate) {
    }

    @Override
    public void setEndDate(Date endDate) {
    }

    @Override
    public void setServiceAgreement(ServiceAgreement serviceAgreement) {
        this.serviceAgreement = serviceAgreement;
    }

    @Override
    public void setServiceAgreementType(ServiceAgreementType serviceAgreementType) {
    }

    @Override
    public Bool getShouldSkipRemainingAlgorithms() {
        return skip;
    }
}
