package com.initech.rmb.gl.spot;

import com.initech.rmb.common.InitechAlgorithm;
import com.initech.rmb.common.SoftParams;
import com.splwg.base.api.datatypes.Bool;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.ccb.api.lookup.FinancialTransactionTypeLookup;
import com.splwg.ccb.domain.admin.customerClass.CustomerClassFtFreezeAlgorithmSpot;
import com.splwg.ccb.domain.financial.financialTransaction.FinancialTransaction;

/**
 * Customer Class - FT Freeze (CM-GLSTG). Regular invoice FTs (bill segment and bill cancellation)
 * are queued for the corporate ledger in CM_GL_FT_STG as pending records.
 */
@SoftParams({})
public class CmInvoiceFtGlStaging_Impl extends InitechAlgorithm implements CustomerClassFtFreezeAlgorithmSpot {

    private static final String SQL_STAGE_FT =
            "INSERT INTO CM_GL_FT_STG (FT_ID, SA_ID, FT_TYPE_FLG, CUR_AMT, CURRENCY_CD, ACCOUNTING_DT, STG_STATUS_FLG, CRE_DTTM, VERSION) "
            + "VALUES (:ftId, :saId, :ftType, :amount, :currency, :accountingDate, 'PEND', :now, 1)";

    private FinancialTransaction financialTransaction;
    private FinancialTransactionTypeLookup financialTransactionType;
    private Bool regular;
    private Bool processAdded = Bool.FALSE;

    @Override
    public void invoke() {
        FinancialTransactionTypeLookup type = financialTransactionType != null
                ? financialTransactionType : financialTransaction.getFinancialTransactionType();
        if (regular == null || regular.isFalse() || type == null
                || !(type.isBillSegment() || type.isBillCancellation())) {
            return;
        }
        PreparedStatement ps = sql(SQL_STAGE_FT);
        try {
            ps.bindId("ftId", financialTransaction.getId());
            ps.bindId("saId", financialTransaction.getServiceAgreement().getId());
            ps.bindLookup("ftType", type);
            ps.bindMoney("amount", financialTransaction.getCurrentAmount());
            ps.bindId("currency", financialTransaction.getCurrency().getId());
            ps.bindDate("accountingDate", financialTransaction.getAccountingDate());
            ps.bindDateTime("now", getProcessDateTime());
            ps.executeUpdate();
        } finally {
            ps.close();
        }
        processAdded = Bool.TRUE;
    }

    @Override
    public void setFinancialTransaction(FinancialTransaction financialTransaction) {
        this.financialTransaction = financialTransaction;
    }

    @Override
    public void setFinancialTransactionType(FinancialTransactionTypeLookup financialTransactionType) {
        this.financialTransactionType = financialTransactionType;
    }

    @Override
    public void setRegularFinancialTransaction(Bool regularFinancialTransaction) {
        this.regular = regularFinancialTransaction;
    }

    @Override
    public Bool getFinancialTransactionProcessAdded() {
        return processAdded;
    }
}
