package com.splwg.cm.domain.accounting.algorithm;

import java.math.BigDecimal;

import com.splwg.base.api.datatypes.Bool;
import com.splwg.base.api.lookup.YesNoOptionLookup;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.api.lookup.FinancialTransactionTypeLookup;
import com.splwg.ccb.domain.admin.customerClass.CustomerClassFtFreezeAlgorithmSpot;
import com.splwg.ccb.domain.financial.financialTransaction.FinancialTransaction;
import com.splwg.cm.domain.common.messageRepository.CmMessageRepository;
import com.splwg.shared.common.ServerMessage;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Guards the GL interface against unbalanced or incomplete postings: when a financial transaction
 * is frozen its GL lines must net to zero, and lines without a GL account are parked on the
 * suspense account so that the GL extract does not reject the whole batch.
 *
 * Plugged on the Customer Class, FT Freeze event.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = suspenseGlAccount, type = string)
 *            , @AlgorithmSoftParameter (lookupName = yesNoOption, name = raiseError, required = true, type = lookup)})
 */
public class CmValidateFtGlBalanceAlgComp_Impl extends CmValidateFtGlBalanceAlgComp_Gen
        implements CustomerClassFtFreezeAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmValidateFtGlBalanceAlgComp_Impl.class);

    private FinancialTransaction financialTransaction;
    private FinancialTransactionTypeLookup ftType;

    @Override
    public void invoke() {
        String ftId = financialTransaction.getId().getIdValue();
        BigDecimal difference = BigDecimal.ZERO;
        int missingAccounts = 0;

        PreparedStatement ps = createPreparedStatement(
                "SELECT NVL(SUM(GL.AMOUNT), 0) AS NET_AMT, "
                + "       SUM(CASE WHEN TRIM(GL.GL_ACCT) IS NULL THEN 1 ELSE 0 END) AS MISSING_CNT "
                + "  FROM CI_FT_GL GL "
                + " WHERE GL.FT_ID = :ftId",
                "CmValidateFtGlBalance - GL line totals");
        try {
            ps.bindId("ftId", financialTransaction.getId());
            SQLResultRow row = ps.firstRow();
            if (notNull(row)) {
                difference = row.getBigDecimal("NET_AMT");
                missingAccounts = notNull(row.getInteger("MISSING_CNT")) ? row.getInteger("MISSING_CNT").intValue() : 0;
            }
        } finally {
            ps.close();
        }

        if (difference.signum() != 0) {
            ServerMessage message = CmMessageRepository.ftGlNotBalanced(ftId.trim(), difference);
            if (YesNoOptionLookup.constants.YES.equals(getRaiseError())) {
                addError(message);
            }
            logger.warn(message.getMessageText() + " (FT type " + ftType + ")");
        }

        if (missingAccounts > 0 && notBlank(getSuspenseGlAccount())) {
            PreparedStatement update = createPreparedStatement(
                    "UPDATE CI_FT_GL SET GL_ACCT = :suspense WHERE FT_ID = :ftId AND TRIM(GL_ACCT) IS NULL",
                    "CmValidateFtGlBalance - park lines on suspense");
            try {
                update.bindString("suspense", getSuspenseGlAccount(), "GL_ACCT");
                update.bindId("ftId", financialTransaction.getId());
                int parked = update.executeUpdate();
                logger.info(parked + " GL line(s) of FT " + ftId.trim() + " parked on " + getSuspenseGlAccount());
            } finally {
                update.close();
            }
        }
    }

    @Override
    public void setFinancialTransaction(FinancialTransaction financialTransaction) {
        this.financialTransaction = financialTransaction;
    }

    @Override
    public void setFinancialTransactionType(FinancialTransactionTypeLookup financialTransactionType) {
        this.ftType = financialTransactionType;
    }

    @Override
    public void setRegularFinancialTransaction(Bool regularFinancialTransaction) {
    }

    @Override
    public Bool getFinancialTransactionProcessAdded() {
        return Bool.FALSE;
    }
}
