package com.splwg.base.api.batch;

import com.splwg.base.api.GenericBusinessComponent;
import com.splwg.base.api.QueryIterator;
import com.splwg.base.api.QueryResultRow;
import com.splwg.base.api.datatypes.EntityId;
import com.splwg.base.api.datatypes.Id;
import com.splwg.shared.common.ServerMessage;

/**
 * Framework super class of the generated {@code CmXxxBatchWorker_Gen} classes. Override
 * {@link #createExecutionStrategy()} and either {@link #executeWorkUnit(ThreadWorkUnit)} or
 * {@link #executeWorkUnitDetailedResult(ThreadWorkUnit)}; errors of one unit are logged with
 * {@link #logError(ServerMessage)} so the run can continue with the next unit.
 */
public abstract class AbstractThreadWorker extends GenericBusinessComponent implements ThreadWorker {

    @Override
    public ThreadExecutionStrategy createExecutionStrategy() {
        return new StandardCommitStrategy(this);
    }

    @Override
    public void initializeThreadWork(boolean initializationPreviouslySuccessful) throws ThreadAbortedException, RunAbortedException {
    }

    /** Processes one unit; return {@code false} when the unit failed and was logged. */
    @Override
    public boolean executeWorkUnit(ThreadWorkUnit unit) throws ThreadAbortedException, RunAbortedException {
        return executeWorkUnitDetailedResult(unit).isUnitProcessed();
    }

    /** Processes one unit and reports details (records processed, units in error). */
    public WorkUnitResult executeWorkUnitDetailedResult(ThreadWorkUnit unit) throws ThreadAbortedException, RunAbortedException {
        throw new UnsupportedOperationException("API stub");
    }

    @Override
    public void finalizeThreadWork() throws ThreadAbortedException, RunAbortedException {
    }

    /** Run parameters and soft parameters of this submission. */
    public BatchJobParameters getParameters() {
        throw new UnsupportedOperationException("API stub");
    }

    /** Logs an error against the current work unit (CI_BATCH_RUN_TREE / batch log) without stopping the run. */
    protected void logError(ServerMessage message) {
        throw new UnsupportedOperationException("API stub");
    }

    /** Commits the changes made so far in this thread. */
    protected void saveChanges() {
        throw new UnsupportedOperationException("API stub");
    }

    /** With {@link ThreadIterationStrategy}: starts streaming this thread's key range of {@code idClass}. */
    protected void startResultRowQueryIteratorForThread(Class<? extends EntityId<?>> idClass) {
        throw new UnsupportedOperationException("API stub");
    }

    /** With {@link ThreadIterationStrategy}: the rows of this thread's key range. */
    protected QueryIterator<QueryResultRow> getQueryIteratorForThread(Id lowId, Id highId) {
        throw new UnsupportedOperationException("API stub");
    }

    /** With {@link ThreadIterationStrategy}: the work unit of one row. */
    public ThreadWorkUnit getNextWorkUnit(QueryResultRow row) {
        throw new UnsupportedOperationException("API stub");
    }
}
