package com.splwg.cm.domain.adjustment.batch;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.splwg.base.api.batch.CommitEveryUnitStrategy;
import com.splwg.base.api.batch.JobWork;
import com.splwg.base.api.batch.RunAbortedException;
import com.splwg.base.api.batch.ThreadAbortedException;
import com.splwg.base.api.batch.ThreadExecutionStrategy;
import com.splwg.base.api.batch.ThreadWorkUnit;
import com.splwg.base.api.batch.WorkUnitResult;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.base.support.context.FrameworkSession;
import com.splwg.base.support.context.SessionHolder;
import com.splwg.ccb.api.lookup.AdjustmentStatusLookup;
import com.splwg.ccb.domain.adjustment.adjustment.Adjustment;
import com.splwg.ccb.domain.adjustment.adjustment.Adjustment_Id;
import com.splwg.cm.domain.common.messageRepository.CmMessageRepository;
import com.splwg.shared.common.ApplicationError;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Freezes adjustments that were left in freezable status: uploads and manual adjustments of the
 * listed adjustment types that nobody froze within the given number of days are frozen with the
 * business date as accounting date, so that they reach the customer's next bill and the general
 * ledger. Adjustments above the amount limit are left for a person to review. A failure on one
 * adjustment (e.g. its freeze algorithm rejects it) is logged and the run goes on.
 *
 * @author ORMB implementation team
 *
@BatchJob (modules = {}, multiThreaded = true, rerunnable = true,
 *      softParameters = { @BatchJobSoftParameter (name = adjustmentTypes, required = true, type = string)
 *            , @BatchJobSoftParameter (name = minimumAgeDays, required = true, type = integer)
 *            , @BatchJobSoftParameter (name = maximumAmount, type = decimal)})
 */
public class CmFreezeStaleAdjustmentsBatch extends CmFreezeStaleAdjustmentsBatch_Gen {

    private static final Logger logger = LoggerFactory.getLogger(CmFreezeStaleAdjustmentsBatch.class);

    @Override
    public void validateSoftParameters(boolean isNewRun) {
        if (isBlankOrNull(getParameters().getAdjustmentTypes())) {
            addError(CmMessageRepository.requiredNodeNotPopulated("adjustmentTypes"));
        }
    }

    @Override
    public JobWork getJobWork() {
        Date createdBefore = getParameters().getProcessDate().addDays(-getParameters().getMinimumAgeDays().intValue());
        BigDecimal maximum = getParameters().getMaximumAmount();

        PreparedStatement ps = createPreparedStatement(
                "SELECT ADJ.ADJ_ID, ADJ.ADJ_AMT FROM CI_ADJ ADJ "
                + "WHERE ADJ.ADJ_TYPE_CD = :adjType "
                + "AND ADJ.ADJ_STATUS_FLG = :freezable "
                + "AND ADJ.CRE_DT <= :createdBefore "
                + "ORDER BY ADJ.ADJ_ID",
                "CmFreezeStaleAdjustmentsBatch - stale freezable adjustments");
        ps.setAutoclose(false);
        List<ThreadWorkUnit> units = new ArrayList<ThreadWorkUnit>();
        int skipped = 0;
        try {
            for (String adjustmentType : getParameters().getAdjustmentTypes().split(",")) {
                if (isBlankOrNull(adjustmentType)) {
                    continue;
                }
                ps.bindString("adjType", adjustmentType.trim(), "ADJ_TYPE_CD");
                ps.bindLookup("freezable", AdjustmentStatusLookup.constants.FREEZABLE);
                ps.bindDate("createdBefore", createdBefore);
                Iterator<SQLResultRow> rows = ps.iterate();
                while (rows.hasNext()) {
                    SQLResultRow row = rows.next();
                    if (notNull(maximum) && row.getBigDecimal("ADJ_AMT").abs().compareTo(maximum) > 0) {
                        skipped++;
                        continue;
                    }
                    ThreadWorkUnit unit = new ThreadWorkUnit();
                    unit.setPrimaryId(new Adjustment_Id(row.getString("ADJ_ID")));
                    units.add(unit);
                }
            }
        } finally {
            ps.close();
        }
        logger.info(units.size() + " adjustment(s) to freeze, " + skipped + " above the amount limit left for review");
        return createJobWorkForThreadWorkUnitList(units);
    }

    @Override
    public Class<CmFreezeStaleAdjustmentsBatchWorker> getThreadWorkerClass() {
        return CmFreezeStaleAdjustmentsBatchWorker.class;
    }

    /**
     * Freezes one adjustment per work unit, under a savepoint so that a rejected freeze does not
     * undo the adjustments frozen before it.
     */
    public static class CmFreezeStaleAdjustmentsBatchWorker extends CmFreezeStaleAdjustmentsBatchWorker_Gen {

        private static final String SAVEPOINT = "CM_FREEZE_ADJ";

        @Override
        public ThreadExecutionStrategy createExecutionStrategy() {
            return new CommitEveryUnitStrategy(this);
        }

        @Override
        public WorkUnitResult executeWorkUnitDetailedResult(ThreadWorkUnit unit) throws ThreadAbortedException, RunAbortedException {
            Adjustment_Id adjustmentId = (Adjustment_Id) unit.getPrimaryId();
            Adjustment adjustment = adjustmentId.getEntity();
            WorkUnitResult result;
            if (isNull(adjustment) || !AdjustmentStatusLookup.constants.FREEZABLE.equals(adjustment.getAdjustmentStatus())) {
                // frozen or cancelled by a user since the job selected it
                result = new WorkUnitResult(true);
                result.setRecordsProcessed(0);
                return result;
            }

            FrameworkSession session = (FrameworkSession) SessionHolder.getSession();
            session.setSavepoint(SAVEPOINT);
            try {
                adjustment.freeze(getParameters().getProcessDate());
                result = new WorkUnitResult(true);
                result.setRecordsProcessed(1);
            } catch (ApplicationError e) {
                session.rollbackToSavepoint(SAVEPOINT);
                logError(CmMessageRepository.adjustmentFreezeFailed(adjustmentId.getTrimmedValue(), e.getServerMessage().getMessageText()));
                result = new WorkUnitResult(false);
                result.setUnitsInError(1);
            }
            return result;
        }
    }
}
