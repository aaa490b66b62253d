package com.splwg.cm.domain.delinquency.algorithm;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.datatypes.Money;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.api.lookup.AdjustmentStatusLookup;
import com.splwg.ccb.api.lookup.BillStatusLookup;
import com.splwg.ccb.api.lookup.ServiceAgreementStatusLookup;
import com.splwg.ccb.domain.adjustment.adjustment.Adjustment;
import com.splwg.ccb.domain.adjustment.adjustment.CreateFrozenAdjustmentData;
import com.splwg.ccb.domain.admin.customerClass.CustomerClassLatePaymentChargeAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.account.Account;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement_Id;
import com.splwg.cm.domain.delinquency.component.CmOverdueDebtCalculator;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Levies the monthly late fee: a percentage of what the account owes past the grace period,
 * booked as a frozen adjustment on the account's late-charge contract. No fee is charged twice
 * within the minimum interval, when the overdue debt is below the threshold, or when the account
 * has no late-charge contract (it is logged and skipped). The overdue bills are stamped as charged
 * so that the next run does not charge them again.
 *
 * Plugged on the Customer Class, Late Payment Charge event.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (entityName = adjustmentType, name = lateChargeAdjustmentType, required = true, type = entity)
 *            , @AlgorithmSoftParameter (name = lateChargeSaType, required = true, type = string)
 *            , @AlgorithmSoftParameter (name = chargePercentage, required = true, type = decimal)
 *            , @AlgorithmSoftParameter (name = graceDays, required = true, type = integer)
 *            , @AlgorithmSoftParameter (name = minimumOverdueAmount, type = decimal)
 *            , @AlgorithmSoftParameter (name = daysBetweenCharges, type = integer)})
 */
public class CmLatePaymentChargeAlgComp_Impl extends CmLatePaymentChargeAlgComp_Gen
        implements CustomerClassLatePaymentChargeAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmLatePaymentChargeAlgComp_Impl.class);

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private static final String CHARGE_CONTRACT_SQL = """
            SELECT SA.SA_ID
              FROM CI_SA SA
             WHERE SA.ACCT_ID = :acctId
               AND SA.SA_TYPE_CD = :saType
               AND SA.SA_STATUS_FLG IN (:active, :pendingStop)
             ORDER BY SA.START_DT DESC
            """;

    private static final String PENDING_CHARGE_SQL = """
            SELECT COUNT(*) AS ADJ_COUNT
              FROM CI_ADJ ADJ
             WHERE ADJ.SA_ID = :saId
               AND ADJ.ADJ_TYPE_CD = :adjType
               AND ADJ.ADJ_STATUS_FLG IN (:incomplete, :freezable)
            """;

    private static final String STAMP_BILLS_SQL = """
            UPDATE CI_BILL
               SET LATE_PAY_CHARGE_SW = 'Y',
                   LATE_PAY_CHARGE_DT = :processDate
             WHERE ACCT_ID = :acctId
               AND BILL_STAT_FLG = :complete
               AND DUE_DT <= :overdueDate
               AND LATE_PAY_CHARGE_SW = 'N'
            """;

    private Account account;
    private Date processDate;
    private Date lastLatePaymentChargeDate;

    @Override
    public void invoke() {
        String accountId = account.getId().getTrimmedValue();
        if (notNull(lastLatePaymentChargeDate) && notNull(getDaysBetweenCharges())
                && lastLatePaymentChargeDate.addDays(getDaysBetweenCharges().intValue()).isAfter(processDate)) {
            logger.debug("Account " + accountId + " was charged on " + lastLatePaymentChargeDate + "; too early for another fee");
            return;
        }

        Date overdueDate = processDate.addDays(-getGraceDays().intValue());
        CmOverdueDebtCalculator calculator = CmOverdueDebtCalculator.Factory.newInstance();
        BigDecimal overdue = calculator.getOverdueAmount(account, overdueDate);
        BigDecimal threshold = isNull(getMinimumOverdueAmount()) ? BigDecimal.ZERO : getMinimumOverdueAmount();
        if (overdue.signum() <= 0 || overdue.compareTo(threshold) < 0
                || calculator.countUnchargedOverdueBills(account, overdueDate) == 0) {
            return;
        }

        ServiceAgreement chargeContract = findChargeContract();
        if (isNull(chargeContract)) {
            logger.info("Account " + accountId + " owes " + overdue + " overdue but has no " + getLateChargeSaType().trim() + " contract");
            return;
        }
        if (hasPendingCharge(chargeContract)) {
            logger.info("Contract " + chargeContract.getId().getTrimmedValue() + " already has an unfrozen late charge");
            return;
        }

        BigDecimal fee = overdue.multiply(getChargePercentage()).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        CreateFrozenAdjustmentData data = CreateFrozenAdjustmentData.Factory.newInstance();
        data.setAdjustmentType(getLateChargeAdjustmentType());
        data.setAdjustmentAmount(new Money(fee, chargeContract.getCurrency().getId()));
        data.setAccountingDate(processDate);
        data.setShowOnBill(true);
        Adjustment adjustment = chargeContract.createFrozenAdjustment(data);

        stampChargedBills(overdueDate);
        logger.info("Late payment charge " + adjustment.getId().getTrimmedValue() + " of " + fee + " on account " + accountId
                + " (overdue " + overdue + ")");
    }

    private ServiceAgreement findChargeContract() {
        PreparedStatement ps = createPreparedStatement(CHARGE_CONTRACT_SQL, "CmLatePaymentCharge - late charge contract");
        try {
            ps.bindId("acctId", account.getId());
            ps.bindString("saType", getLateChargeSaType(), "SA_TYPE_CD");
            ps.bindLookup("active", ServiceAgreementStatusLookup.constants.ACTIVE);
            ps.bindLookup("pendingStop", ServiceAgreementStatusLookup.constants.PENDING_STOP);
            SQLResultRow row = ps.firstRow();
            return row == null ? null : new ServiceAgreement_Id(row.getString("SA_ID")).getEntity();
        } finally {
            ps.close();
        }
    }

    private boolean hasPendingCharge(ServiceAgreement chargeContract) {
        PreparedStatement ps = createPreparedStatement(PENDING_CHARGE_SQL, "CmLatePaymentCharge - unfrozen late charges");
        try {
            ps.bindId("saId", chargeContract.getId());
            ps.bindId("adjType", getLateChargeAdjustmentType().getId());
            ps.bindLookup("incomplete", AdjustmentStatusLookup.constants.INCOMPLETE);
            ps.bindLookup("freezable", AdjustmentStatusLookup.constants.FREEZABLE);
            return ps.firstRow().getInteger("ADJ_COUNT").signum() > 0;
        } finally {
            ps.close();
        }
    }

    private void stampChargedBills(Date overdueDate) {
        PreparedStatement ps = createPreparedStatement(STAMP_BILLS_SQL, "CmLatePaymentCharge - stamp charged bills");
        try {
            ps.bindDate("processDate", processDate);
            ps.bindId("acctId", account.getId());
            ps.bindLookup("complete", BillStatusLookup.constants.COMPLETE);
            ps.bindDate("overdueDate", overdueDate);
            ps.executeUpdate();
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
