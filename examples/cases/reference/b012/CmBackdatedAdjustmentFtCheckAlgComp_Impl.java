package com.splwg.cm.domain.accounting.algorithm;

import com.splwg.base.api.datatypes.Bool;
import com.splwg.base.api.datatypes.Date;
import com.splwg.ccb.api.lookup.FinancialTransactionTypeLookup;
import com.splwg.ccb.domain.admin.customerClass.CustomerClassFtFreezeAlgorithmSpot;
import com.splwg.ccb.domain.financial.financialTransaction.FinancialTransaction;
import com.splwg.cm.domain.common.messageRepository.CmMessageRepository;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Refuses to freeze adjustment financial transactions (adjustments and their cancellations) whose
 * accounting date lies more than the allowed number of days before today: such postings would land
 * in a period that finance has already reported. Other FT types are not checked.
 *
 * Plugged on the Customer Class, FT Freeze event.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = maxBackdatingDays, required = true, type = integer)})
 */
public class CmBackdatedAdjustmentFtCheckAlgComp_Impl extends CmBackdatedAdjustmentFtCheckAlgComp_Gen
        implements CustomerClassFtFreezeAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmBackdatedAdjustmentFtCheckAlgComp_Impl.class);

    private FinancialTransaction financialTransaction;
    private FinancialTransactionTypeLookup financialTransactionType;

    @Override
    public void invoke() {
        FinancialTransactionTypeLookup type = notNull(financialTransactionType)
                ? financialTransactionType : financialTransaction.getFinancialTransactionType();
        if (!FinancialTransactionTypeLookup.constants.ADJUSTMENT.equals(type)
                && !FinancialTransactionTypeLookup.constants.ADJUSTMENT_CANCELLATION.equals(type)) {
            return;
        }

        Date accountingDate = financialTransaction.getAccountingDate();
        Date today = getProcessDateTime().getDate();
        if (isNull(accountingDate)) {
            return;
        }
        int daysBack = accountingDate.daysUntil(today);
        if (daysBack > getMaxBackdatingDays().intValue()) {
            logger.info("FT " + financialTransaction.getId().getTrimmedValue() + " is backdated " + daysBack + " days");
            addError(CmMessageRepository.adjustmentFreezeFailed(financialTransaction.getSiblingId().trim(),
                    "accounting date " + accountingDate + " is " + daysBack + " days in the past (maximum "
                            + getMaxBackdatingDays() + ")"));
        }
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
        return Bool.FALSE;
    }
}
