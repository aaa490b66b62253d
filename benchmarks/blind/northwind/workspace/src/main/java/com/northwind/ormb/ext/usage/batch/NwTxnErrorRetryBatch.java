package com.northwind.ormb.ext.usage.batch;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import com.northwind.ormb.ext.common.NwConstants;
import com.northwind.ormb.ext.common.NwMessages;
import com.splwg.base.api.batch.AbstractBatchJob;
import com.splwg.base.api.batch.AbstractThreadWorker;
import com.splwg.base.api.batch.JobWork;
import com.splwg.base.api.batch.ThreadAbortedException;
import com.splwg.base.api.batch.ThreadWorkUnit;
import com.splwg.base.api.batch.ThreadWorker;
import com.splwg.base.api.batch.WorkUnitResult;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.base.domain.common.message.MessageCategory_Id;
import com.splwg.base.api.datatypes.Id;

/**
 * Batch NW-TXRTY - retry usage transactions in error. Transactions of the C1-TxnDetail lifecycle
 * that went into ERROR because the account was not yet set up (late meter registration) are put
 * back to UPLD so that the next TFM run picks them up again. Each retry is logged in
 * CM_TXN_ERR_LOG and counted in UDF_NBR_2; transactions that reached the maximum number of retries
 * stay in error.
 *
 * Soft parameters (batch control):
 *   maxRetries (integer, default 5) - retries per transaction
 *   minAgeDays (integer, default 1) - only transactions in error for at least this many days
 */
public class NwTxnErrorRetryBatch extends AbstractBatchJob {

    private static final Logger LOG = Logger.getLogger(NwTxnErrorRetryBatch.class.getName());

    @Override
    public JobWork getJobWork() {
        int minAgeDays = intParameter("minAgeDays", 1);
        Date limitDate = getParameters().getProcessDate().addDays(-minAgeDays);

        List<ThreadWorkUnit> units = new ArrayList<>();
        PreparedStatement ps = createPreparedStatement("""
                SELECT TXN_DETAIL_ID
                  FROM CI_TXN_DETAIL
                 WHERE BO_STATUS_CD = :status
                   AND CURR_SYS_PRCS_DT <= :limitDate
                 ORDER BY TXN_DETAIL_ID
                """, "NwTxnErrorRetryBatch - transactions in error");
        try {
            ps.bindString("status", NwConstants.TXN_ERROR, "BO_STATUS_CD");
            ps.bindDate("limitDate", limitDate);
            for (SQLResultRow row : ps.list()) {
                ThreadWorkUnit unit = new ThreadWorkUnit();
                unit.setPrimaryId(new TxnDetailKey(row.getBigDecimal("TXN_DETAIL_ID").toPlainString()));
                units.add(unit);
            }
        } finally {
            ps.close();
        }
        LOG.info(() -> units.size() + " usage transactions to retry");
        return units.isEmpty() ? createNoWorkJobWork() : createJobWorkForThreadWorkUnitList(units);
    }

    @Override
    public Class<? extends ThreadWorker> getThreadWorkerClass() {
        return NwTxnErrorRetryBatchWorker.class;
    }

    private int intParameter(String name, int defaultValue) {
        String value = getParameters().getParameter(name);
        return value == null || value.isBlank() ? defaultValue : Integer.parseInt(value.trim());
    }

    /** Key of a transaction (TXN_DETAIL_ID is numeric, there is no generated _Id class). */
    public static final class TxnDetailKey extends Id {
        private static final long serialVersionUID = 1L;

        public TxnDetailKey(String value) {
            super(value);
        }
    }

    /** Worker: one transaction per work unit. */
    public static class NwTxnErrorRetryBatchWorker extends AbstractThreadWorker {

        @Override
        public WorkUnitResult executeWorkUnitDetailedResult(ThreadWorkUnit unit) throws ThreadAbortedException {
            String txnId = unit.getPrimaryId().getIdValue();
            String maxParm = getParameters().getParameter("maxRetries");
            int maxRetries = maxParm == null || maxParm.isBlank() ? 5 : Integer.parseInt(maxParm.trim());

            BigDecimal retries = BigDecimal.ZERO;
            BigInteger msgCat = null;
            BigInteger msgNbr = null;
            PreparedStatement read = createPreparedStatement("""
                    SELECT UDF_NBR_2, MESSAGE_CAT_NBR, MESSAGE_NBR
                      FROM CI_TXN_DETAIL
                     WHERE TXN_DETAIL_ID = :txnId
                    """, "NwTxnErrorRetryBatch - read transaction");
            try {
                read.bindBigDecimal("txnId", new BigDecimal(txnId));
                for (SQLResultRow row : read.list()) {
                    if (row.getBigDecimal("UDF_NBR_2") != null) {
                        retries = row.getBigDecimal("UDF_NBR_2");
                    }
                    msgCat = row.getInteger("MESSAGE_CAT_NBR");
                    msgNbr = row.getInteger("MESSAGE_NBR");
                }
            } finally {
                read.close();
            }
            if (retries.intValue() >= maxRetries) {
                logError(NwMessages.of(NwMessages.TXN_RETRY_FAILED, txnId, "maximum retries reached"));
                WorkUnitResult result = new WorkUnitResult(false);
                result.setUnitsInError(1);
                return result;
            }

            BigDecimal retryNbr = retries.add(BigDecimal.ONE);
            PreparedStatement log = createPreparedStatement("""
                    INSERT INTO CM_TXN_ERR_LOG (TXN_DETAIL_ID, RETRY_NBR, MESSAGE_CAT_NBR, MESSAGE_NBR, LOG_DTTM)
                    VALUES (:txnId, :retryNbr, :msgCat, :msgNbr, :now)
                    """, "NwTxnErrorRetryBatch - log retry");
            try {
                log.bindBigDecimal("txnId", new BigDecimal(txnId));
                log.bindBigDecimal("retryNbr", retryNbr);
                log.bindBigInteger("msgCat", msgCat);
                log.bindBigInteger("msgNbr", msgNbr);
                log.bindDateTime("now", getSystemDateTime());
                log.executeUpdate();
            } finally {
                log.close();
            }

            PreparedStatement upd = createPreparedStatement("""
                    UPDATE CI_TXN_DETAIL
                       SET BO_STATUS_CD = :uploaded,
                           UDF_NBR_2 = :retryNbr,
                           MESSAGE_CAT_NBR = NULL,
                           MESSAGE_NBR = NULL,
                           STATUS_UPD_DTTM = :now
                     WHERE TXN_DETAIL_ID = :txnId
                       AND BO_STATUS_CD = :error
                    """, "NwTxnErrorRetryBatch - back to uploaded");
            try {
                upd.bindString("uploaded", NwConstants.TXN_UPLOADED, "BO_STATUS_CD");
                upd.bindString("error", NwConstants.TXN_ERROR, "BO_STATUS_CD");
                upd.bindBigDecimal("retryNbr", retryNbr);
                upd.bindDateTime("now", getSystemDateTime());
                upd.bindBigDecimal("txnId", new BigDecimal(txnId));
                upd.executeUpdate();
            } finally {
                upd.close();
            }
            WorkUnitResult result = new WorkUnitResult(true);
            result.setRecordsProcessed(1);
            return result;
        }
    }

    /** Category of the messages this batch logs. */
    static MessageCategory_Id messageCategory() {
        return new MessageCategory_Id(NwMessages.MESSAGE_CATEGORY);
    }
}
