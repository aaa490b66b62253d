package com.globex.cm.collections.algorithm;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import com.globex.cm.common.GxSql;
import com.globex.cm.common.messages.GxMessageRepository;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.datatypes.Money;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.domain.adjustment.adjustment.CreateFrozenAdjustmentData;
import com.splwg.ccb.domain.admin.customerClass.CustomerClassLatePaymentChargeAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.account.Account;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement_Id;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Globex Telecom - Late Payment Charge. Levies a late fee of {@code feePercentage} % of the
 * overdue debt (at least {@code minimumFee}) as a frozen adjustment on the account's oldest
 * active contract. No fee when the previous late fee is less than {@code graceDays} days old.
 *
 * @author Globex ORMB team (R. Okafor)
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (entityName = adjustmentType, name = lateFeeAdjType, required = true, type = entity)
 *            , @AlgorithmSoftParameter (name = feePercentage, required = true, type = decimal)
 *            , @AlgorithmSoftParameter (name = minimumFee, required = true, type = decimal)
 *            , @AlgorithmSoftParameter (name = graceDays, required = true, type = integer)})
 */
public class GxLatePaymentFeeAlgorithm_Impl extends GxLatePaymentFeeAlgorithm_Gen
        implements CustomerClassLatePaymentChargeAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(GxLatePaymentFeeAlgorithm_Impl.class);
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private Account account;
    private Date processDate;
    private Date lastLatePaymentChargeDate;

    @Override
    public void invoke() {
        Date today = processDate != null ? processDate : getProcessDateTime().getDate();
        if (lastLatePaymentChargeDate != null
                && lastLatePaymentChargeDate.addDays(getGraceDays().intValue()).isAfter(today)) {
            logger.debug("Late fee skipped, last one on " + lastLatePaymentChargeDate);
            return;
        }

        PreparedStatement ps = createPreparedStatement(
                "SELECT SUM(FT.CUR_AMT) AS OVERDUE FROM CI_FT FT, CI_BILL B, CI_SA SA "
                        + "WHERE FT.BILL_ID = B.BILL_ID AND FT.SA_ID = SA.SA_ID AND SA.ACCT_ID = :acctId "
                        + "AND FT.FREEZE_SW = 'Y' AND B.DUE_DT < :today",
                "GxLatePaymentFee - overdue debt");
        ps.bindId("acctId", account.getId());
        ps.bindDate("today", today);
        BigDecimal overdue = GxSql.firstDecimal(ps, "OVERDUE");
        if (overdue.signum() <= 0) {
            return;
        }

        BigDecimal fee = overdue.multiply(getFeePercentage()).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        if (fee.compareTo(getMinimumFee()) < 0) {
            fee = getMinimumFee();
        }

        ServiceAgreement sa = findOldestActiveContract();
        if (sa == null) {
            addError(GxMessageRepository.noContractForLateCharge(account.getId().getTrimmedValue()));
        }

        CreateFrozenAdjustmentData data = CreateFrozenAdjustmentData.Factory.newInstance();
        data.setAdjustmentType(getLateFeeAdjType());
        data.setAdjustmentAmount(new Money(fee, sa.getCurrency().getId()));
        data.setAccountingDate(today);
        data.setShowOnBill(true);
        sa.createFrozenAdjustment(data);
    }

    private ServiceAgreement findOldestActiveContract() {
        PreparedStatement ps = createPreparedStatement(
                "SELECT SA_ID FROM CI_SA WHERE ACCT_ID = :acctId AND SA_STATUS_FLG = '20' ORDER BY START_DT, SA_ID",
                "GxLatePaymentFee - oldest active contract");
        try {
            ps.bindId("acctId", account.getId());
            List<SQLResultRow> rows = ps.list();
            if (rows.isEmpty()) {
                return null;
            }
            return new ServiceAgreement_Id(rows.get(0).getString("SA_ID")).getEntity();
        } finally {
            ps.close();
        }
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
        this.lastLatePaymentChargeDate = lastLatePaymentChargeDate;
    }
}
