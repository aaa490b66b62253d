package com.splwg.cm.domain.accounting.algorithm;

import java.math.BigInteger;

import com.splwg.base.api.datatypes.Bool;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.lookup.YesNoOptionLookup;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.domain.financial.financialTransaction.GLAccountValidationAlgorithmSpot;
import com.splwg.cm.domain.common.messageRepository.CmMessageRepository;
import com.splwg.shared.common.ServerMessage;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Validates a constructed GL account before it is written to CI_FT_GL: the natural account (the
 * first segment) must belong to our chart of accounts, i.e. be used by at least one distribution
 * code, and the accounting date must fall in a period of the GL calendar that is still open for
 * posting - both in the base calendar window (OPEN_FROM_DT / OPEN_TO_DT) and in the finance team's
 * own close flag kept in CM_CAL_PERIOD_EXT.
 *
 * Configured on the Installation record, GL Account Validation.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = calendarId, required = true, type = string)
 *            , @AlgorithmSoftParameter (name = segmentSeparator, type = string)
 *            , @AlgorithmSoftParameter (lookupName = yesNoOption, name = raiseError, required = true, type = lookup)})
 */
public class CmValidateGlAccountOpenPeriodAlgComp_Impl extends CmValidateGlAccountOpenPeriodAlgComp_Gen
        implements GLAccountValidationAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmValidateGlAccountOpenPeriodAlgComp_Impl.class);

    /** Finance's close status (CM_CAL_PERIOD_EXT.CM_PERIOD_STATUS_FLG): only OPEN periods take system postings. */
    private static final String PERIOD_OPEN = "OPEN";

    private String glAccount;
    private String ftId;
    private BigInteger glSequenceNumber;
    private Date validationDate;
    private Bool validateSw = Bool.TRUE;

    @Override
    public void invoke() {
        if (isBlankOrNull(glAccount)) {
            reject(CmMessageRepository.requiredNodeNotPopulated("glAccount"));
            return;
        }
        String separator = isBlankOrNull(getSegmentSeparator()) ? "." : getSegmentSeparator().trim();
        int end = glAccount.indexOf(separator);
        String naturalAccount = (end > 0 ? glAccount.substring(0, end) : glAccount).trim();

        if (!isInChartOfAccounts(naturalAccount + separator, glAccount.trim())) {
            reject(CmMessageRepository.glAccountNotInChart(glAccount.trim(), glDivision()));
            return;
        }
        if (!isPeriodOpen()) {
            reject(CmMessageRepository.accountingPeriodClosed(validationDate, getCalendarId().trim()));
        }
    }

    private boolean isInChartOfAccounts(String naturalPrefix, String fullAccount) {
        PreparedStatement ps = createPreparedStatement("""
                SELECT COUNT(*) AS DST_COUNT
                  FROM CI_DST_CODE DST
                 WHERE DST.GL_ACCT = :glAcct
                    OR DST.GL_ACCT LIKE :naturalPrefix || '%'
                """, "CmValidateGlAccountOpenPeriod - natural account in chart");
        try {
            ps.bindString("glAcct", fullAccount, "GL_ACCT");
            ps.bindString("naturalPrefix", naturalPrefix, "GL_ACCT");
            return ps.firstRow().getInteger("DST_COUNT").signum() > 0;
        } finally {
            ps.close();
        }
    }

    private boolean isPeriodOpen() {
        Date today = getProcessDateTime().getDate();
        PreparedStatement ps = createPreparedStatement("""
                SELECT P.FISCAL_YEAR, P.ACCOUNTING_PERIOD, P.OPEN_FROM_DT, P.OPEN_TO_DT,
                       X.CM_PERIOD_STATUS_FLG
                  FROM CI_CAL_PERIOD P
                  LEFT OUTER JOIN CM_CAL_PERIOD_EXT X
                       ON X.CALENDAR_ID = P.CALENDAR_ID
                      AND X.FISCAL_YEAR = P.FISCAL_YEAR
                      AND X.ACCOUNTING_PERIOD = P.ACCOUNTING_PERIOD
                 WHERE P.CALENDAR_ID = :calendarId
                   AND P.BEGIN_DT <= :accountingDate
                   AND P.END_DT >= :accountingDate
                """, "CmValidateGlAccountOpenPeriod - accounting period of date");
        try {
            ps.bindString("calendarId", getCalendarId(), "CALENDAR_ID");
            ps.bindDate("accountingDate", validationDate);
            SQLResultRow period = ps.firstRow();
            if (isNull(period)) {
                return false;
            }
            String cmStatus = period.getString("CM_PERIOD_STATUS_FLG");
            if (notNull(cmStatus) && !PERIOD_OPEN.equals(cmStatus.trim())) {
                logger.debug("Period " + period.getString("FISCAL_YEAR").trim() + "/" + period.getString("ACCOUNTING_PERIOD").trim()
                        + " is " + cmStatus.trim() + " (finance month-end close)");
                return false;
            }
            Date openFrom = period.getDate("OPEN_FROM_DT");
            Date openTo = period.getDate("OPEN_TO_DT");
            return (isNull(openFrom) || !today.isBefore(openFrom)) && (isNull(openTo) || !today.isAfter(openTo));
        } finally {
            ps.close();
        }
    }

    /** GL division of the FT being posted, for the error message; blank when validating a distribution code. */
    private String glDivision() {
        if (isBlankOrNull(ftId)) {
            return "";
        }
        PreparedStatement ps = createPreparedStatement(
                "SELECT GL_DIVISION FROM CI_FT WHERE FT_ID = :ftId", "CmValidateGlAccountOpenPeriod - GL division of FT");
        try {
            ps.bindString("ftId", ftId, "FT_ID");
            SQLResultRow row = ps.firstRow();
            return row == null ? "" : row.getString("GL_DIVISION").trim();
        } finally {
            ps.close();
        }
    }

    private void reject(ServerMessage reason) {
        validateSw = Bool.FALSE;
        logger.info("GL account " + glAccount + " (FT " + ftId + ", line " + glSequenceNumber + ") rejected: " + reason.getMessageText());
        if (YesNoOptionLookup.constants.YES.equals(getRaiseError())) {
            addError(reason);
        }
    }

    @Override
    public void setGLAccount(String glAccount) {
        this.glAccount = glAccount;
    }

    @Override
    public void setFinancialTransactionId(String financialTransactionId) {
        this.ftId = financialTransactionId;
    }

    @Override
    public void setGlSequenceNumber(BigInteger glSequenceNumber) {
        this.glSequenceNumber = glSequenceNumber;
    }

    @Override
    public void setDate(Date date) {
        this.validationDate = date;
    }

    @Override
    public Bool getValidateSw() {
        return validateSw;
    }

    @Override
    public Date getDate() {
        return validationDate;
    }
}
