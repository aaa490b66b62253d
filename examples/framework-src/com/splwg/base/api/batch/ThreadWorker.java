package com.splwg.base.api.batch;

/**
 * Contract of a batch thread worker: the framework calls {@link #initializeThreadWork(boolean)}
 * once per thread, then the execution strategy feeds it work units, then
 * {@link #finalizeThreadWork()}.
 */
public interface ThreadWorker {

    ThreadExecutionStrategy createExecutionStrategy();

    void initializeThreadWork(boolean initializationPreviouslySuccessful) throws ThreadAbortedException, RunAbortedException;

    boolean executeWorkUnit(ThreadWorkUnit unit) throws ThreadAbortedException, RunAbortedException;

    void finalizeThreadWork() throws ThreadAbortedException, RunAbortedException;
}
