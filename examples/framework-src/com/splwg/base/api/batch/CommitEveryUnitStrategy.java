package com.splwg.base.api.batch;

/**
 * Commits after each work unit. Slower, but a failure never touches other units; use when units
 * call business objects that must not be rolled back together.
 */
public class CommitEveryUnitStrategy implements ThreadExecutionStrategy {

    public CommitEveryUnitStrategy(ThreadWorker worker) {
    }
}
