package com.globex.cm.collections.batch;

import java.util.ArrayList;
import java.util.List;

import com.globex.cm.common.GxConstants;
import com.globex.cm.common.messages.GxMessageRepository;
import com.splwg.base.api.batch.JobWork;
import com.splwg.base.api.batch.ThreadWorkUnit;
import com.splwg.base.api.batch.WorkUnitResult;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.domain.customerinfo.account.Account_Id;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Globex Telecom - GXPRMBRK: marks promises to pay whose promise date has passed without a
 * payment as broken (CM_PAY_PROMISE status 30) so that dunning resumes the next night.
 * One work unit per account.
 *
 * @author Globex ORMB team (R. Okafor)
 *
@BatchJob (modules = {}, multiThreaded = true, rerunnable = true)
 */
public class GxBrokenPromiseBatch extends GxBrokenPromiseBatch_Gen {

    private static final Logger logger = LoggerFactory.getLogger(GxBrokenPromiseBatch.class);

    @Override
    public JobWork getJobWork() {
        PreparedStatement ps = createPreparedStatement(
                "SELECT DISTINCT ACCT_ID FROM CM_PAY_PROMISE WHERE PROMISE_STATUS_FLG = :open AND PROMISE_DT < :processDate",
                "GxBrokenPromiseBatch - accounts with expired promises");
        List<ThreadWorkUnit> units = new ArrayList<ThreadWorkUnit>();
        try {
            ps.bindString("open", GxConstants.PROMISE_OPEN, "PROMISE_STATUS_FLG");
            ps.bindDate("processDate", getParameters().getProcessDate());
            for (SQLResultRow row : ps.list()) {
                ThreadWorkUnit unit = new ThreadWorkUnit();
                unit.setPrimaryId(new Account_Id(row.getString("ACCT_ID")));
                units.add(unit);
            }
        } finally {
            ps.close();
        }
        logger.info("GXPRMBRK: " + units.size() + " account(s) to process");
        return createJobWorkForThreadWorkUnitList(units);
    }

    @Override
    public Class<GxBrokenPromiseBatchWorker> getThreadWorkerClass() {
        return GxBrokenPromiseBatchWorker.class;
    }

    public static class GxBrokenPromiseBatchWorker extends GxBrokenPromiseBatchWorker_Gen {

        @Override
        public WorkUnitResult executeWorkUnitDetailedResult(ThreadWorkUnit unit) {
            Date processDate = getParameters().getProcessDate();
            PreparedStatement sel = createPreparedStatement(
                    "SELECT PROMISE_ID, PROMISE_AMT, PROMISE_DT FROM CM_PAY_PROMISE WHERE ACCT_ID = :acctId "
                            + "AND PROMISE_STATUS_FLG = :open AND PROMISE_DT < :processDate",
                    "GxBrokenPromiseBatch - expired promises of account");
            List<SQLResultRow> promises;
            try {
                sel.bindId("acctId", unit.getPrimaryId());
                sel.bindString("open", GxConstants.PROMISE_OPEN, "PROMISE_STATUS_FLG");
                sel.bindDate("processDate", processDate);
                promises = sel.list();
            } finally {
                sel.close();
            }
            for (SQLResultRow p : promises) {
                PreparedStatement upd = createPreparedStatement(
                        "UPDATE CM_PAY_PROMISE SET PROMISE_STATUS_FLG = :broken, STATUS_UPD_DTTM = SYSDATE "
                                + "WHERE PROMISE_ID = :promiseId",
                        "GxBrokenPromiseBatch - break promise");
                try {
                    upd.bindString("broken", GxConstants.PROMISE_BROKEN, "PROMISE_STATUS_FLG");
                    upd.bindString("promiseId", p.getString("PROMISE_ID"), "PROMISE_ID");
                    upd.executeUpdate();
                } finally {
                    upd.close();
                }
                logError(GxMessageRepository.promiseBroken(p.getString("PROMISE_ID").trim(),
                        unit.getPrimaryId().getTrimmedValue(), p.getBigDecimal("PROMISE_AMT"), p.getDate("PROMISE_DT")));
            }
            WorkUnitResult result = new WorkUnitResult(true);
            return result;
        }
    }
}
