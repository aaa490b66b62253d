package com.splwg.cm.domain.txnfeed.batch;

import java.util.ArrayList;
import java.util.List;

import com.splwg.base.api.algorithms.AlgorithmComponentCache;
import com.splwg.base.api.batch.JobWork;
import com.splwg.base.api.batch.RunAbortedException;
import com.splwg.base.api.batch.StandardCommitStrategy;
import com.splwg.base.api.batch.ThreadAbortedException;
import com.splwg.base.api.batch.ThreadExecutionStrategy;
import com.splwg.base.api.batch.ThreadWorkUnit;
import com.splwg.base.api.batch.WorkUnitResult;
import com.splwg.base.api.businessObject.BusinessObjectDispatcher;
import com.splwg.base.api.businessObject.BusinessObjectInstance;
import com.splwg.base.api.datatypes.DateTime;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.base.domain.common.algorithm.Algorithm_Id;
import com.splwg.base.support.context.FrameworkSession;
import com.splwg.base.support.context.SessionHolder;
import com.splwg.ccb.domain.customerinfo.account.Account_Id;
import com.splwg.cm.domain.common.messageRepository.CmMessageRepository;
import com.splwg.cm.domain.txnfeed.CmTxnRetryEligibilityAlgorithmSpot;
import com.splwg.shared.common.ApplicationError;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Sends transactions that failed pricing back through the transaction lifecycle once the missing
 * set-up may have been fixed (contract activated, price assignment added). Work is split by
 * account so that one thread owns all of an account's transactions; a transaction is retried when
 * it has been in error long enough and the retry rule algorithm (CM spot
 * CmTxnRetryEligibilityAlgorithmSpot) allows it. Each retry runs under a savepoint so that a
 * transaction failing again does not undo the others of the account.
 *
 * @author ORMB implementation team
 *
@BatchJob (modules = {}, multiThreaded = true, rerunnable = true,
 *      softParameters = { @BatchJobSoftParameter (name = errorStatus, required = true, type = string)
 *            , @BatchJobSoftParameter (name = retryStatus, required = true, type = string)
 *            , @BatchJobSoftParameter (name = minimumHoursInError, type = integer)
 *            , @BatchJobSoftParameter (name = retryRuleAlgorithm, type = string)})
 */
public class CmTxnFeedRetryBatch extends CmTxnFeedRetryBatch_Gen {

    private static final Logger logger = LoggerFactory.getLogger(CmTxnFeedRetryBatch.class);

    private static final String ACCOUNTS_SQL = """
            SELECT D.ACCT_ID, COUNT(*) AS TXN_COUNT
              FROM CI_TXN_DETAIL D
             WHERE D.BO_STATUS_CD = :errorStatus
               AND D.ACCT_ID IS NOT NULL
               AND D.STATUS_UPD_DTTM <= :errorBefore
             GROUP BY D.ACCT_ID
            """;

    @Override
    public JobWork getJobWork() {
        int hours = isNull(getParameters().getMinimumHoursInError()) ? 0 : getParameters().getMinimumHoursInError().intValue();
        DateTime errorBefore = getProcessDateTime().addHours(-hours);

        List<ThreadWorkUnit> units = new ArrayList<ThreadWorkUnit>();
        PreparedStatement ps = createPreparedStatement(ACCOUNTS_SQL, "CmTxnFeedRetryBatch - accounts with errored transactions");
        try {
            ps.bindString("errorStatus", getParameters().getErrorStatus(), "BO_STATUS_CD");
            ps.bindDateTime("errorBefore", errorBefore);
            List<SQLResultRow> rows = ps.list();
            for (SQLResultRow row : rows) {
                ThreadWorkUnit unit = new ThreadWorkUnit();
                unit.setPrimaryId(new Account_Id(row.getString("ACCT_ID")));
                unit.addSupplementalData("txnCount", row.getInteger("TXN_COUNT"));
                units.add(unit);
            }
        } finally {
            ps.close();
        }
        logger.info(units.size() + " account(s) with transactions in " + getParameters().getErrorStatus().trim());
        return createJobWorkForThreadWorkUnitList(units);
    }

    @Override
    public Class<CmTxnFeedRetryBatchWorker> getThreadWorkerClass() {
        return CmTxnFeedRetryBatchWorker.class;
    }

    /**
     * Retries the errored transactions of one account.
     */
    public static class CmTxnFeedRetryBatchWorker extends CmTxnFeedRetryBatchWorker_Gen {

        private static final String SAVEPOINT = "CM_TXN_RETRY";

        private static final String TRANSACTIONS_SQL = "SELECT D.TXN_DETAIL_ID, D.BUS_OBJ_CD, D.MESSAGE_CAT_NBR, D.MESSAGE_NBR, D.INIT_PRCS_DT "
                + "FROM CI_TXN_DETAIL D "
                + "WHERE D.ACCT_ID = :acctId AND D.BO_STATUS_CD = :errorStatus "
                + "ORDER BY D.TXN_DTTM";

        @Override
        public ThreadExecutionStrategy createExecutionStrategy() {
            return new StandardCommitStrategy(this);
        }

        @Override
        public WorkUnitResult executeWorkUnitDetailedResult(ThreadWorkUnit unit) throws ThreadAbortedException, RunAbortedException {
            List<SQLResultRow> transactions;
            PreparedStatement ps = createPreparedStatement(TRANSACTIONS_SQL, "CmTxnFeedRetryBatch - errored transactions of account");
            try {
                ps.bindId("acctId", unit.getPrimaryId());
                ps.bindString("errorStatus", getParameters().getErrorStatus(), "BO_STATUS_CD");
                transactions = ps.list();
            } finally {
                ps.close();
            }

            FrameworkSession session = (FrameworkSession) SessionHolder.getSession();
            int retried = 0;
            int failed = 0;
            for (SQLResultRow txnRow : transactions) {
                String txnId = txnRow.getString("TXN_DETAIL_ID");
                if (!isRetryAllowed(txnRow)) {
                    continue;
                }
                session.setSavepoint(SAVEPOINT);
                try {
                    BusinessObjectInstance txn = BusinessObjectInstance.create(txnRow.getString("BUS_OBJ_CD").trim());
                    txn.set("txnDetailId", txnId);
                    txn = BusinessObjectDispatcher.read(txn);
                    txn.set("boStatus", getParameters().getRetryStatus().trim());
                    BusinessObjectDispatcher.update(txn);
                    retried++;
                } catch (ApplicationError e) {
                    session.rollbackToSavepoint(SAVEPOINT);
                    logError(CmMessageRepository.unexpectedError("CmTxnFeedRetryBatch", "transaction " + txnId.trim() + ": "
                            + e.getServerMessage().getMessageText()));
                    failed++;
                }
            }

            WorkUnitResult result = new WorkUnitResult(failed == 0);
            result.setRecordsProcessed(retried);
            result.setUnitsInError(failed > 0 ? 1 : 0);
            return result;
        }

        private boolean isRetryAllowed(SQLResultRow txnRow) {
            if (isBlankOrNull(getParameters().getRetryRuleAlgorithm())) {
                return true;
            }
            CmTxnRetryEligibilityAlgorithmSpot rule = AlgorithmComponentCache.getAlgorithmComponent(
                    new Algorithm_Id(getParameters().getRetryRuleAlgorithm().trim()), CmTxnRetryEligibilityAlgorithmSpot.class);
            rule.setTransactionDetailId(txnRow.getString("TXN_DETAIL_ID"));
            rule.setMessageCategory(txnRow.getInteger("MESSAGE_CAT_NBR"));
            rule.setMessageNumber(txnRow.getInteger("MESSAGE_NBR"));
            rule.setInitialProcessDate(txnRow.getDate("INIT_PRCS_DT"));
            rule.setProcessDate(getParameters().getProcessDate());
            rule.invoke();
            return rule.getIsRetryAllowed().isTrue();
        }
    }
}
