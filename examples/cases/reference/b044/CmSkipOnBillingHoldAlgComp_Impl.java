package com.splwg.cm.domain.billing.algorithm;

import com.splwg.base.api.datatypes.Bool;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.domain.admin.billCycle.BillCycle;
import com.splwg.ccb.domain.admin.serviceAgreementType.SaTypePreBillCompletionAlgorithmSpot;
import com.splwg.ccb.domain.admin.serviceAgreementType.ServiceAgreementType;
import com.splwg.ccb.domain.billing.bill.Bill;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;

/**
 * Contracts on billing hold get none of the SA type's pre-bill completion work: when the contract
 * carries the billing hold characteristic with value Y effective on the billing period end date,
 * the remaining algorithms of its SA type are skipped.
 *
 * Plugged on the SA Type, Pre-Bill Completion event (first in sequence).
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (entityName = characteristicType, name = billingHoldCharType, required = true, type = entity)})
 */
public class CmSkipOnBillingHoldAlgComp_Impl extends CmSkipOnBillingHoldAlgComp_Gen
        implements SaTypePreBillCompletionAlgorithmSpot {

    private static final String EFFECTIVE_HOLD_SQL = """
            SELECT CHAR_VAL
              FROM CI_SA_CHAR
             WHERE SA_ID = :saId
               AND CHAR_TYPE_CD = :charType
               AND EFFDT <= :onDate
             ORDER BY EFFDT DESC
            """;

    private ServiceAgreement serviceAgreement;
    private Date endDate;
    private Bool skip = Bool.FALSE;

    @Override
    public void invoke() {
        Date onDate = notNull(endDate) ? endDate : getProcessDateTime().getDate();
        PreparedStatement ps = createPreparedStatement(EFFECTIVE_HOLD_SQL, "CmSkipOnBillingHold - effective hold");
        try {
            ps.bindId("saId", serviceAgreement.getId());
            ps.bindEntity("charType", getBillingHoldCharType());
            ps.bindDate("onDate", onDate);
            SQLResultRow row = ps.firstRow();
            skip = Bool.valueOf(notNull(row) && "Y".equals(row.getString("CHAR_VAL").trim()));
        } finally {
            ps.close();
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
        return skip;
    }
}
