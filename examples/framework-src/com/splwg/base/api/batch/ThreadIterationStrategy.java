package com.splwg.base.api.batch;

/**
 * The worker iterates its own key range: {@code initializeThreadWork} calls {@code
 * startResultRowQueryIteratorForThread(Xxx_Id.class)}, the framework then asks {@code
 * getQueryIteratorForThread(lowId, highId)} and {@code getNextWorkUnit(row)}. Used for
 * high-volume jobs that must not build all work units up front.
 */
public class ThreadIterationStrategy implements ThreadExecutionStrategy {

    public ThreadIterationStrategy(ThreadWorker worker) {
    }
}
