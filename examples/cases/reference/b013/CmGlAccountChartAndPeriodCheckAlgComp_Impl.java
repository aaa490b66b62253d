package com.splwg.cm.domain.accounting.algorithm;

import java.math.BigInteger;

import com.splwg.base.api.datatypes.Bool;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.domain.financial.financialTransaction.GLAccountValidationAlgorithmSpot;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Validates a GL account against our chart of accounts (the GL accounts of the distribution codes)
 * and the month-end close: the account is invalid when no distribution code carries it or when the
 * accounting period of the date (in the configured calendar) is closed in the period close
 * extension. Invalid accounts are reported through the output switch, without raising an error.
 *
 * Plugged on the Installation, GL Account Validation event.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = accountingCalendarId, required = true, type = string)})
 */
public class CmGlAccountChartAndPeriodCheckAlgComp_Impl extends CmGlAccountChartAndPeriodCheckAlgComp_Gen
        implements GLAccountValidationAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmGlAccountChartAndPeriodCheckAlgComp_Impl.class);

    private static final String CLOSED = "CLSD";

    private static final String CHART_SQL = "SELECT COUNT(*) AS DST_COUNT FROM CI_DST_CODE WHERE GL_ACCT = :glAccount";

    private static final String PERIOD_SQL = """
            SELECT P.FISCAL_YEAR, P.ACCOUNTING_PERIOD, X.CM_PERIOD_STATUS_FLG
              FROM CI_CAL_PERIOD P
              LEFT OUTER JOIN CM_CAL_PERIOD_EXT X
                ON X.CALENDAR_ID = P.CALENDAR_ID
               AND X.FISCAL_YEAR = P.FISCAL_YEAR
               AND X.ACCOUNTING_PERIOD = P.ACCOUNTING_PERIOD
             WHERE P.CALENDAR_ID = :calendarId
               AND P.BEGIN_DT <= :glDate
               AND P.END_DT >= :glDate
            """;

    private String glAccount;
    private Date date;
    private Bool validateSw = Bool.TRUE;

    @Override
    public void invoke() {
        if (isBlankOrNull(glAccount) || !isInChart(glAccount.trim())) {
            logger.info("GL account " + glAccount + " is not on any distribution code");
            validateSw = Bool.FALSE;
            return;
        }
        Date glDate = notNull(date) ? date : getProcessDateTime().getDate();
        PreparedStatement ps = createPreparedStatement(PERIOD_SQL, "CmGlAccountChartAndPeriodCheck - accounting period");
        try {
            ps.bindString("calendarId", getAccountingCalendarId(), "CALENDAR_ID");
            ps.bindDate("glDate", glDate);
            SQLResultRow row = ps.firstRow();
            if (notNull(row) && notBlank(row.getString("CM_PERIOD_STATUS_FLG"))
                    && CLOSED.equals(row.getString("CM_PERIOD_STATUS_FLG").trim())) {
                logger.info("Accounting period " + row.getString("FISCAL_YEAR").trim() + "/"
                        + row.getString("ACCOUNTING_PERIOD").trim() + " is closed");
                validateSw = Bool.FALSE;
            }
        } finally {
            ps.close();
        }
    }

    private boolean isInChart(String account) {
        PreparedStatement ps = createPreparedStatement(CHART_SQL, "CmGlAccountChartAndPeriodCheck - chart of accounts");
        try {
            ps.bindString("glAccount", account, "GL_ACCT");
            SQLResultRow row = ps.firstRow();
            return notNull(row) && row.getInteger("DST_COUNT").signum() > 0;
        } finally {
            ps.close();
        }
    }

    @Override
    public void setGLAccount(String glAccount) {
        this.glAccount = glAccount;
    }

    @Override
    public void setFinancialTransactionId(String financialTransactionId) {
    }

    @Override
    public void setGlSequenceNumber(BigInteger glSequenceNumber) {
    }

    @Override
    public void setDate(Date date) {
        this.date = date;
    }

    @Override
    public Bool getValidateSw() {
        return validateSw;
    }

    @Override
    public Date getDate() {
        return date;
    }
}
