package com.splwg.base.api.batch;

/**
 * How a worker's thread iterates over its work units and when it commits. Pick one of
 * {@link StandardCommitStrategy} (commit every N units, N = the batch control's commit interval),
 * {@link CommitEveryUnitStrategy} (commit after each unit, for units that call other processes
 * or must never be rolled back together) or {@link ThreadIterationStrategy} (the worker streams
 * its own rows with {@code getQueryIteratorForThread}).
 */
public interface ThreadExecutionStrategy {
}
