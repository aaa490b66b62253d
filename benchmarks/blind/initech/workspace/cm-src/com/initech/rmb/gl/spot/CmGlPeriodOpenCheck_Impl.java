package com.initech.rmb.gl.spot;

import java.math.BigInteger;

import com.initech.rmb.common.InitechAlgorithm;
import com.initech.rmb.common.SoftParams;
import com.splwg.base.api.datatypes.Bool;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.domain.financial.financialTransaction.GLAccountValidationAlgorithmSpot;

/**
 * GL Account Validation (CM-GLPER). A GL account is only valid on a date whose ledger period is
 * not locked by month-end close: CM_GL_PERIOD_CLOSE holds the locked periods of the ledger
 * calendar (CLOSE_STATUS_FLG 'LOCK').
 */
@SoftParams({"ledgerCalendar:string"})
public class CmGlPeriodOpenCheck_Impl extends InitechAlgorithm implements GLAccountValidationAlgorithmSpot {

    private static final String SQL_LOCKED_PERIOD =
            "SELECT COUNT(*) AS CNT FROM CM_GL_PERIOD_CLOSE "
            + "WHERE CALENDAR_ID = :calendar AND PERIOD_START_DT <= :glDate AND PERIOD_END_DT >= :glDate "
            + "AND CLOSE_STATUS_FLG = 'LOCK'";

    private Date date;
    private Bool valid = Bool.TRUE;

    @Override
    public void invoke() {
        if (date == null) {
            date = getProcessDateTime().getDate();
        }
        PreparedStatement ps = sql(SQL_LOCKED_PERIOD);
        try {
            ps.bindString("calendar", param("ledgerCalendar"), "CALENDAR_ID");
            ps.bindDate("glDate", date);
            SQLResultRow row = ps.firstRow();
            valid = Bool.valueOf(row == null || row.getInteger("CNT").signum() == 0);
        } finally {
            ps.close();
        }
    }

    @Override
    public void setGLAccount(String glAccount) {
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
        return valid;
    }

    @Override
    public Date getDate() {
        return date;
    }
}
