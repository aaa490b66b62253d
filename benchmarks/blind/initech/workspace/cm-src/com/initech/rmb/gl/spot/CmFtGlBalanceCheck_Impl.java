package com.initech.rmb.gl.spot;

import java.math.BigDecimal;

import com.initech.rmb.common.InitechAlgorithm;
import com.initech.rmb.common.InitechMessages;
import com.initech.rmb.common.SoftParams;
import com.splwg.base.api.datatypes.Bool;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.api.lookup.FinancialTransactionTypeLookup;
import com.splwg.ccb.domain.admin.customerClass.CustomerClassFtFreezeAlgorithmSpot;
import com.splwg.ccb.domain.financial.financialTransaction.FinancialTransaction;

/**
 * Customer Class - FT Freeze (CM-GLBAL). The ledger rejects unbalanced journals, so an FT may only
 * be frozen when its GL lines (CI_FT_GL) net to zero.
 */
@SoftParams({})
public class CmFtGlBalanceCheck_Impl extends InitechAlgorithm implements CustomerClassFtFreezeAlgorithmSpot {

    private static final String SQL_GL_NET = "SELECT SUM(AMOUNT) AS NET_AMT, COUNT(*) AS CNT FROM CI_FT_GL WHERE FT_ID = :ftId";

    private FinancialTransaction financialTransaction;

    @Override
    public void invoke() {
        PreparedStatement ps = sql(SQL_GL_NET);
        try {
            ps.bindId("ftId", financialTransaction.getId());
            SQLResultRow row = ps.firstRow();
            if (row == null || row.getInteger("CNT").signum() == 0) {
                return;
            }
            BigDecimal net = row.getBigDecimal("NET_AMT");
            if (net != null && net.signum() != 0) {
                fail(InitechMessages.FT_GL_NOT_BALANCED, financialTransaction.getId().getTrimmedValue(), net.toPlainString());
            }
        } finally {
            ps.close();
        }
    }

    @Override
    public void setFinancialTransaction(FinancialTransaction financialTransaction) {
        this.financialTransaction = financialTransaction;
    }

    @Override
    public void setFinancialTransactionType(FinancialTransactionTypeLookup financialTransactionType) {
    }

    @Override
    public void setRegularFinancialTransaction(Bool regularFinancialTransaction) {
    }

    @Override
    public Bool getFinancialTransactionProcessAdded() {
        return Bool.FALSE;
    }
}
