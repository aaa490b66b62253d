package com.splwg.cm.domain.accounting.algorithm;

import com.splwg.base.api.datatypes.Bool;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.api.lookup.FinancialTransactionTypeLookup;
import com.splwg.ccb.domain.admin.customerClass.CustomerClassFtFreezeAlgorithmSpot;
import com.splwg.ccb.domain.financial.financialTransaction.FinancialTransaction;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Open-item accounting: a payment segment FT that is frozen is put on the open match event of
 * its account (CI_FT.MATCH_EVT_ID) so that it settles the debt already matched there. Other FT
 * types are not touched. The output tells the framework whether the FT was matched.
 *
 * Plugged on the Customer Class, FT Freeze event of the open-item customer classes.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent ()
 */
public class CmMatchPaymentFtOnFreezeAlgComp_Impl extends CmMatchPaymentFtOnFreezeAlgComp_Gen
        implements CustomerClassFtFreezeAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmMatchPaymentFtOnFreezeAlgComp_Impl.class);

    private static final String OPEN_MATCH_EVENT_SQL = """
            SELECT ME.MATCH_EVT_ID
              FROM CI_SA SA, CI_MATCH_EVT ME
             WHERE SA.SA_ID = :saId
               AND ME.ACCT_ID = SA.ACCT_ID
               AND ME.MEVT_STATUS_FLG = 'O'
             ORDER BY ME.CRE_DT DESC, ME.MATCH_EVT_ID DESC
            """;

    private FinancialTransaction financialTransaction;
    private FinancialTransactionTypeLookup financialTransactionType;
    private Bool processAdded = Bool.FALSE;

    @Override
    public void invoke() {
        FinancialTransactionTypeLookup type = notNull(financialTransactionType)
                ? financialTransactionType : financialTransaction.getFinancialTransactionType();
        if (!FinancialTransactionTypeLookup.constants.PAY_SEGMENT.equals(type)) {
            return;
        }
        String matchEventId = null;
        PreparedStatement ps = createPreparedStatement(OPEN_MATCH_EVENT_SQL, "CmMatchPaymentFtOnFreeze - open match event");
        try {
            ps.bindId("saId", financialTransaction.getServiceAgreement().getId());
            SQLResultRow row = ps.firstRow();
            if (notNull(row)) {
                matchEventId = row.getString("MATCH_EVT_ID");
            }
        } finally {
            ps.close();
        }
        if (isBlankOrNull(matchEventId)) {
            return;
        }
        PreparedStatement update = createPreparedStatement(
                "UPDATE CI_FT SET MATCH_EVT_ID = :matchEventId WHERE FT_ID = :ftId",
                "CmMatchPaymentFtOnFreeze - link FT to match event");
        try {
            update.bindString("matchEventId", matchEventId, "MATCH_EVT_ID");
            update.bindId("ftId", financialTransaction.getId());
            update.executeUpdate();
        } finally {
            update.close();
        }
        processAdded = Bool.TRUE;
        logger.info("FT " + financialTransaction.getId().getTrimmedValue() + " added to match event " + matchEventId.trim());
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
    }

    @Override
    public Bool getFinancialTransactionProcessAdded() {
        return processAdded;
    }
}
