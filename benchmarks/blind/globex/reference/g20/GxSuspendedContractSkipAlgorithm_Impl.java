package com.globex.cm.billing.algorithm;

import com.splwg.base.api.datatypes.Bool;
import com.splwg.base.api.datatypes.Date;
import com.splwg.ccb.domain.admin.billCycle.BillCycle;
import com.splwg.ccb.domain.admin.serviceAgreementType.SaTypePreBillCompletionAlgorithmSpot;
import com.splwg.ccb.domain.admin.serviceAgreementType.ServiceAgreementType;
import com.splwg.ccb.domain.billing.bill.Bill;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreementCharacteristic;

/**
 * Globex Telecom - SA Type Pre-Bill Completion: contracts with billing suspended (contract
 * characteristic Y) skip the remaining SA type pre-bill completion algorithms (minimum charge,
 * recurring fees).
 *
 * @author Globex ORMB team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (entityName = characteristicType, name = billingSuspendedCharType, required = true, type = entity)})
 */
public class GxSuspendedContractSkipAlgorithm_Impl extends GxSuspendedContractSkipAlgorithm_Gen
        implements SaTypePreBillCompletionAlgorithmSpot {

    private ServiceAgreement serviceAgreement;
    private Bool skip = Bool.FALSE;

    @Override
    public void invoke() {
        ServiceAgreementCharacteristic c = serviceAgreement.getEffectiveCharacteristic(getBillingSuspendedCharType());
        boolean suspended = c != null && c.getCharacteristicValue() != null && "Y".equals(c.getCharacteristicValue().trim());
        skip = Bool.valueOf(suspended);
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
