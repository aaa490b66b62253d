package com.splwg.cm.domain.billing.algorithm;

import com.splwg.base.api.Query;
import com.splwg.base.api.QueryResultRow;
import com.splwg.base.api.datatypes.Bool;
import com.splwg.base.api.datatypes.Date;
import com.splwg.ccb.domain.admin.billCycle.BillCycle;
import com.splwg.ccb.domain.admin.serviceAgreementType.SaTypePreBillCompletionAlgorithmSpot;
import com.splwg.ccb.domain.admin.serviceAgreementType.ServiceAgreementType;
import com.splwg.ccb.domain.billing.bill.Bill;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Skips the remaining SA type Pre-Bill Completion algorithms (minimum charge, recurring fee top-up)
 * for a contract that is on billing hold. The hold is a predefined contract characteristic whose
 * value effective at the end of the billing period equals the configured hold value.
 *
 * Plugged on the SA Type, Pre-Bill Completion event, before the minimum charge algorithm.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (entityName = characteristicType, name = billingHoldCharType, required = true, type = entity)
 *            , @AlgorithmSoftParameter (name = holdValue, required = true, type = string)})
 */
public class CmSkipBillingHoldContractAlgComp_Impl extends CmSkipBillingHoldContractAlgComp_Gen
        implements SaTypePreBillCompletionAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmSkipBillingHoldContractAlgComp_Impl.class);

    private ServiceAgreement serviceAgreement;
    private Date endDate;
    private Bool skipRemaining = Bool.FALSE;

    @Override
    public void invoke() {
        Query<QueryResultRow> query = createQuery(
                "from ServiceAgreementCharacteristic sac "
                + "where sac.id.serviceAgreement = :serviceAgreement "
                + "and sac.id.characteristicType = :charType "
                + "and sac.id.effectiveDate <= :periodEnd",
                "CmSkipBillingHoldContract - billing hold characteristic");
        query.bindEntity("serviceAgreement", serviceAgreement);
        query.bindEntity("charType", getBillingHoldCharType());
        query.bindDate("periodEnd", endDate);
        query.addResult("effectiveDate", "sac.id.effectiveDate");
        query.addResult("holdValue", "sac.characteristicValue");
        query.orderBy("effectiveDate", Query.DESCENDING);

        QueryResultRow latest = query.firstRow();
        if (isNull(latest) || isBlankOrNull(latest.getString("holdValue"))) {
            return;
        }
        if (latest.getString("holdValue").trim().equals(getHoldValue().trim())) {
            logger.info("Contract " + serviceAgreement.getId().getTrimmedValue()
                    + " is on billing hold since " + latest.getDate("effectiveDate") + "; remaining algorithms skipped");
            skipRemaining = Bool.TRUE;
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
        this.endDate = endDate;
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
        return skipRemaining;
    }
}
