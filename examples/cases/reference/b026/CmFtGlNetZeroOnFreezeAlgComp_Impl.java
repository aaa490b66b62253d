package com.splwg.cm.domain.accounting.algorithm;

import java.math.BigDecimal;

import com.splwg.base.api.datatypes.Bool;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.api.lookup.FinancialTransactionTypeLookup;
import com.splwg.ccb.domain.admin.customerClass.CustomerClassFtFreezeAlgorithmSpot;
import com.splwg.ccb.domain.financial.financialTransaction.FinancialTransaction;
import com.splwg.cm.domain.common.messageRepository.CmMessageRepository;

/**
 * Keeps unbalanced postings out of the general ledger: when a financial transaction is frozen its
 * GL lines (CI_FT_GL) must net to zero, otherwise the freeze is rejected.
 *
 * Plugged on the Customer Class, FT Freeze event.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent ()
 */
public class CmFtGlNetZeroOnFreezeAlgComp_Impl extends CmFtGlNetZeroOnFreezeAlgComp_Gen
        implements CustomerClassFtFreezeAlgorithmSpot {

    private FinancialTransaction financialTransaction;

    @Override
    public void invoke() {
        PreparedStatement ps = createPreparedStatement(
                "SELECT NVL(SUM(AMOUNT), 0) AS NET FROM CI_FT_GL WHERE FT_ID = :ftId",
                "CmFtGlNetZeroOnFreeze - net of GL lines");
        BigDecimal net;
        try {
            ps.bindId("ftId", financialTransaction.getId());
            SQLResultRow row = ps.firstRow();
            net = isNull(row) || isNull(row.getBigDecimal("NET")) ? BigDecimal.ZERO : row.getBigDecimal("NET");
        } finally {
            ps.close();
        }
        if (net.signum() != 0) {
            addError(CmMessageRepository.ftGlNotBalanced(financialTransaction.getId().getTrimmedValue(), net));
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
