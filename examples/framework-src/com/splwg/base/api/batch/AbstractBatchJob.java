package com.splwg.base.api.batch;

import java.util.List;

import com.splwg.base.api.GenericBusinessComponent;
import com.splwg.base.api.Query;
import com.splwg.base.api.QueryIterator;
import com.splwg.base.api.QueryResultRow;
import com.splwg.base.domain.batch.batchControl.BatchControl_Id;
import com.splwg.shared.common.ServerMessage;

/**
 * Framework super class of the generated {@code CmXxxBatch_Gen} classes. A batch job decides
 * what to process ({@link #getJobWork()}) and names the worker class that processes each unit
 * ({@link #getThreadWorkerClass()}):
 *
 * <pre>
 * public class CmLatePaymentChargeBatch extends CmLatePaymentChargeBatch_Gen {
 *     public JobWork getJobWork() {
 *         List&lt;ThreadWorkUnit&gt; units = ...;
 *         return createJobWorkForThreadWorkUnitList(units);
 *     }
 *     public Class&lt;CmLatePaymentChargeBatchWorker&gt; getThreadWorkerClass() {
 *         return CmLatePaymentChargeBatchWorker.class;
 *     }
 *     public static class CmLatePaymentChargeBatchWorker extends CmLatePaymentChargeBatchWorker_Gen { ... }
 * }
 * </pre>
 */
public abstract class AbstractBatchJob extends GenericBusinessComponent {

    /** Builds the work of this run. */
    public abstract JobWork getJobWork();

    /** The worker class (usually a static nested class of the job). */
    public abstract Class<? extends ThreadWorker> getThreadWorkerClass();

    /** Validates soft parameter values; {@code isNewRun} is false for restarts. */
    public void validateSoftParameters(boolean isNewRun) {
    }

    /** Run parameters and soft parameters of this submission. */
    public BatchJobParameters getParameters() {
        throw new UnsupportedOperationException("API stub");
    }

    public BatchControl_Id getBatchControlId() {
        throw new UnsupportedOperationException("API stub");
    }

    protected JobWork createJobWorkForThreadWorkUnitList(List<ThreadWorkUnit> workUnits) {
        throw new UnsupportedOperationException("API stub");
    }

    /** One work unit per entity returned by the HQL query. */
    protected JobWork createJobWorkForEntityQuery(Query<?> query) {
        throw new UnsupportedOperationException("API stub");
    }

    /**
     * One work unit per row of {@code iterator}, built by {@code workUnitFactory.createWorkUnit(row)}
     * (usually {@code this}).
     */
    protected JobWork createJobWorkForQueryIterator(QueryIterator<QueryResultRow> iterator, AbstractBatchJob workUnitFactory) {
        throw new UnsupportedOperationException("API stub");
    }

    /** Builds the work unit of one query row; override when using {@code createJobWorkForQueryIterator}. */
    public ThreadWorkUnit createWorkUnit(QueryResultRow row) {
        throw new UnsupportedOperationException("API stub");
    }

    /** An empty job work, for runs with nothing to do. */
    protected JobWork createNoWorkJobWork() {
        throw new UnsupportedOperationException("API stub");
    }

    protected void logError(ServerMessage message) {
        throw new UnsupportedOperationException("API stub");
    }
}
