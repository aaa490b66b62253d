package com.splwg.cm.domain.delinquency.algorithm;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.api.lookup.AdjustmentStatusLookup;
import com.splwg.ccb.api.lookup.ServiceAgreementStatusLookup;
import com.splwg.ccb.domain.admin.customerClass.CustomerClassLatePaymentChargeAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.account.Account;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Levies late payment charges as a percentage of what each contract owes: unless the account was
 * charged less than 30 days before the process date, every active contract of the account with a
 * debit balance (current amounts of its frozen FTs) gets a frozen adjustment of the late payment
 * charge type for the configured percentage of that balance, rounded to cents.
 *
 * Plugged on the Customer Class, Late Payment Charge event.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (entityName = adjustmentType, name = latePaymentChargeAdjType, required = true, type = entity)
 *            , @AlgorithmSoftParameter (name = latePaymentChargePercentage, required = true, type = decimal)})
 */
public class CmPercentLatePaymentChargeAlgComp_Impl extends CmPercentLatePaymentChargeAlgComp_Gen
        implements CustomerClassLatePaymentChargeAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmPercentLatePaymentChargeAlgComp_Impl.class);

    private static final int MIN_DAYS_BETWEEN_CHARGES = 30;
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private static final String DEBIT_CONTRACTS_SQL = """
            SELECT SA.SA_ID, SA.CURRENCY_CD, SUM(FT.CUR_AMT) AS BALANCE
              FROM CI_SA SA, CI_FT FT
             WHERE SA.ACCT_ID = :acctId
               AND SA.SA_STATUS_FLG = :active
               AND FT.SA_ID = SA.SA_ID
               AND FT.FREEZE_SW = 'Y'
             GROUP BY SA.SA_ID, SA.CURRENCY_CD
            HAVING SUM(FT.CUR_AMT) > 0
             ORDER BY SA.SA_ID
            """;

    private static final String INSERT_ADJUSTMENT_SQL = """
            INSERT INTO CI_ADJ (ADJ_ID, SA_ID, ADJ_TYPE_CD, ADJ_STATUS_FLG, CRE_DT, ADJ_AMT, CURRENCY_CD, BASE_AMT, ADJ_STS_CHG_DTTM, VERSION)
            VALUES (:adjId, :saId, :adjType, :frozen, :creDate, :amount, :currency, :baseAmount, :now, 1)
            """;

    private Account account;
    private Date processDate;
    private Date lastLatePaymentChargeDate;

    @Override
    public void invoke() {
        Date today = notNull(processDate) ? processDate : getProcessDateTime().getDate();
        if (notNull(lastLatePaymentChargeDate)
                && lastLatePaymentChargeDate.addDays(MIN_DAYS_BETWEEN_CHARGES).isAfter(today)) {
            logger.debug("Account " + account.getId().getTrimmedValue() + " charged on " + lastLatePaymentChargeDate);
            return;
        }
        List<SQLResultRow> contracts;
        PreparedStatement ps = createPreparedStatement(DEBIT_CONTRACTS_SQL, "CmPercentLatePaymentCharge - contracts in debit");
        try {
            ps.bindId("acctId", account.getId());
            ps.bindLookup("active", ServiceAgreementStatusLookup.constants.ACTIVE);
            contracts = ps.list();
        } finally {
            ps.close();
        }
        for (SQLResultRow row : contracts) {
            BigDecimal balance = row.getBigDecimal("BALANCE");
            BigDecimal charge = balance.multiply(getLatePaymentChargePercentage()).divide(HUNDRED, 2, RoundingMode.HALF_UP);
            if (charge.signum() <= 0) {
                continue;
            }
            createFrozenAdjustment(row.getString("SA_ID"), row.getString("CURRENCY_CD"), charge, balance, today);
        }
    }

    private void createFrozenAdjustment(String saId, String currency, BigDecimal charge, BigDecimal balance, Date today) {
        String adjId = String.format("%012d", ThreadLocalRandom.current().nextLong(100000000000L, 999999999999L));
        PreparedStatement insert = createPreparedStatement(INSERT_ADJUSTMENT_SQL, "CmPercentLatePaymentCharge - late charge adjustment");
        try {
            insert.bindString("adjId", adjId, "ADJ_ID");
            insert.bindString("saId", saId, "SA_ID");
            insert.bindEntity("adjType", getLatePaymentChargeAdjType());
            insert.bindLookup("frozen", AdjustmentStatusLookup.constants.FROZEN);
            insert.bindDate("creDate", today);
            insert.bindBigDecimal("amount", charge);
            insert.bindString("currency", currency, "CURRENCY_CD");
            insert.bindBigDecimal("baseAmount", balance);
            insert.bindDateTime("now", getSystemDateTime());
            insert.executeUpdate();
        } finally {
            insert.close();
        }
        logger.info("Late payment charge " + charge + " levied on contract " + saId.trim());
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
