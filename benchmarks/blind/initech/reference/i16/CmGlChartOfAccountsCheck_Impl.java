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
 * GL Account Validation (CM-GLCOA). A GL account is valid when it has exactly four dash-separated
 * segments and its natural account (first segment) is active in the chart of accounts replica
 * CM_GL_COA.
 */
@SoftParams({})
public class CmGlChartOfAccountsCheck_Impl extends InitechAlgorithm implements GLAccountValidationAlgorithmSpot {

    private static final String SQL_NATURAL_ACCOUNT =
            "SELECT ACTIVE_SW FROM CM_GL_COA WHERE NATURAL_ACCT = :naturalAcct";

    private String glAccount;
    private Date date;
    private Bool valid = Bool.FALSE;

    @Override
    public void invoke() {
        valid = Bool.FALSE;
        if (isBlankOrNull(glAccount)) {
            return;
        }
        String[] segments = glAccount.trim().split("-", -1);
        if (segments.length != 4) {
            return;
        }
        for (String segment : segments) {
            if (segment.trim().isEmpty()) {
                return;
            }
        }
        PreparedStatement ps = sql(SQL_NATURAL_ACCOUNT);
        try {
            ps.bindString("naturalAcct", segments[0].trim(), "NATURAL_ACCT");
            SQLResultRow row = ps.firstRow();
            valid = Bool.valueOf(row != null && "Y".equals(row.getString("ACTIVE_SW").trim()));
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
        return valid;
    }

    @Override
    public Date getDate() {
        return date;
    }
}
