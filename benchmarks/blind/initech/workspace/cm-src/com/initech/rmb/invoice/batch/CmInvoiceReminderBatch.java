package com.initech.rmb.invoice.batch;

import java.util.ArrayList;
import java.util.List;

import com.initech.rmb.common.InitechMessages;
import com.splwg.base.api.batch.AbstractBatchJob;
import com.splwg.base.api.batch.AbstractThreadWorker;
import com.splwg.base.api.batch.CommitEveryUnitStrategy;
import com.splwg.base.api.batch.JobWork;
import com.splwg.base.api.batch.ThreadExecutionStrategy;
import com.splwg.base.api.batch.ThreadWorkUnit;
import com.splwg.base.api.batch.ThreadWorker;
import com.splwg.base.api.batch.WorkUnitResult;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.domain.billing.bill.Bill_Id;
import com.splwg.shared.common.ApplicationError;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Batch CM-INVRM: queues a payment reminder (CM_INV_REMINDER) for every finalized invoice that is
 * overdue by at least {@code graceDays} (batch parameter) and still has an open receivable.
 */
public class CmInvoiceReminderBatch extends AbstractBatchJob {

    private static final Logger LOG = LoggerFactory.getLogger(CmInvoiceReminderBatch.class);

    private static final String SQL_OVERDUE_INVOICES =
            "SELECT B.BILL_ID FROM CI_BILL B "
            + "WHERE B.BILL_STAT_FLG = 'C' AND B.DUE_DT < :limitDate "
            + "AND NOT EXISTS (SELECT 1 FROM CM_INV_REMINDER R WHERE R.BILL_ID = B.BILL_ID) "
            + "AND EXISTS (SELECT 1 FROM CI_FT F WHERE F.BILL_ID = B.BILL_ID GROUP BY F.BILL_ID HAVING SUM(F.CUR_AMT) > 0)";

    @Override
    public JobWork getJobWork() {
        String grace = getParameters().getParameter("graceDays");
        int graceDays = grace == null ? 7 : Integer.parseInt(grace.trim());
        Date limitDate = getParameters().getProcessDate().addDays(-graceDays);
        List<ThreadWorkUnit> units = new ArrayList<>();
        PreparedStatement ps = createPreparedStatement(SQL_OVERDUE_INVOICES, "CmInvoiceReminderBatch");
        try {
            ps.bindDate("limitDate", limitDate);
            for (SQLResultRow row : ps.list()) {
                ThreadWorkUnit unit = new ThreadWorkUnit();
                unit.setPrimaryId(new Bill_Id(row.getString("BILL_ID")));
                units.add(unit);
            }
        } finally {
            ps.close();
        }
        LOG.info(units.size() + " overdue invoices to remind");
        return createJobWorkForThreadWorkUnitList(units);
    }

    @Override
    public Class<? extends ThreadWorker> getThreadWorkerClass() {
        return CmInvoiceReminderBatchWorker.class;
    }

    /** Writes one reminder row per overdue invoice. */
    public static class CmInvoiceReminderBatchWorker extends AbstractThreadWorker {

        private static final String SQL_INSERT_REMINDER =
                "INSERT INTO CM_INV_REMINDER (BILL_ID, REMINDER_DT, REMINDER_STATUS_FLG, VERSION) "
                + "VALUES (:billId, :reminderDate, 'PEND', 1)";

        @Override
        public ThreadExecutionStrategy createExecutionStrategy() {
            return new CommitEveryUnitStrategy(this);
        }

        @Override
        public WorkUnitResult executeWorkUnitDetailedResult(ThreadWorkUnit unit) {
            PreparedStatement ps = createPreparedStatement(SQL_INSERT_REMINDER, "CmInvoiceReminderBatchWorker");
            try {
                ps.bindId("billId", unit.getPrimaryId());
                ps.bindDate("reminderDate", getParameters().getProcessDate());
                ps.executeUpdate();
            } catch (ApplicationError e) {
                logError(InitechMessages.message(InitechMessages.GENERIC_RULE_FAILED,
                        "Reminder for invoice " + unit.getPrimaryId().getTrimmedValue() + " failed"));
                return new WorkUnitResult(false);
            } finally {
                ps.close();
            }
            return new WorkUnitResult(true);
        }
    }
}
