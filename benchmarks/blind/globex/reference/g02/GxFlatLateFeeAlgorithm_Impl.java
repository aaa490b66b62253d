package com.globex.cm.collections.algorithm;

import com.globex.cm.common.GxConstants;
import com.globex.cm.common.GxSql;
import com.globex.cm.common.messages.GxMessageRepository;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.datatypes.Money;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.api.lookup.AdjustmentStatusLookup;
import com.splwg.ccb.domain.adjustment.adjustment.Adjustment;
import com.splwg.ccb.domain.adjustment.adjustment.Adjustment_DTO;
import com.splwg.ccb.domain.admin.customerClass.CustomerClassLatePaymentChargeAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.account.Account;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;

/**
 * Globex Telecom - Late Payment Charge (GXRES): flat late fee as a frozen adjustment on the
 * account's active contract, unless the customer has an open promise to pay that is not due yet.
 *
 * @author Globex ORMB team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (entityName = adjustmentType, name = lateFeeAdjType, required = true, type = entity)
 *            , @AlgorithmSoftParameter (name = lateFeeAmount, required = true, type = decimal)})
 */
public class GxFlatLateFeeAlgorithm_Impl extends GxFlatLateFeeAlgorithm_Gen
        implements CustomerClassLatePaymentChargeAlgorithmSpot {

    private Account account;
    private Date processDate;

    @Override
    public void invoke() {
        Date today = processDate != null ? processDate : getProcessDateTime().getDate();

        PreparedStatement promise = createPreparedStatement(
                "SELECT PROMISE_ID FROM CM_PAY_PROMISE WHERE ACCT_ID = :acctId "
                        + "AND PROMISE_STATUS_FLG = :open AND PROMISE_DT >= :today",
                "GxFlatLateFee - open promise to pay");
        promise.bindId("acctId", account.getId());
        promise.bindString("open", GxConstants.PROMISE_OPEN, "PROMISE_STATUS_FLG");
        promise.bindDate("today", today);
        if (GxSql.exists(promise)) {
            return;
        }

        ServiceAgreement sa = null;
        PreparedStatement ps = createPreparedStatement(
                "SELECT SA_ID FROM CI_SA WHERE ACCT_ID = :acctId AND SA_STATUS_FLG = '20' ORDER BY START_DT, SA_ID",
                "GxFlatLateFee - active contract");
        try {
            ps.bindId("acctId", account.getId());
            SQLResultRow row = ps.firstRow();
            if (row != null) {
                sa = row.getEntity("SA_ID", ServiceAgreement.class);
            }
        } finally {
            ps.close();
        }
        if (sa == null) {
            addError(GxMessageRepository.noContractForLateCharge(account.getId().getTrimmedValue()));
        }

        // created straight in the frozen state (same result as the Freeze button for a fee without FT rules)
        Adjustment_DTO dto = createDTO(Adjustment.class);
        dto.setServiceAgreementId(sa.getId());
        dto.setAdjustmentTypeId(getLateFeeAdjType().getId());
        dto.setAdjustmentStatus(AdjustmentStatusLookup.constants.FROZEN);
        dto.setAdjustmentAmount(new Money(getLateFeeAmount(), sa.getCurrency().getId()));
        dto.setCurrencyId(sa.getCurrency().getId());
        dto.setCreationDate(today);
        dto.newEntity();
    }

    @Override
    public void setAccount(Account account) {
        this.account = account;
    }

    @Override
    public void setProcessDate(Date processDate) {
        this.processDate = processDate;
    }

    @Override
    public void setLastLatePaymentChargeDate(Date lastLatePaymentChargeDate) {
    }
}
