package com.splwg.base.api.batch;

/**
 * Commits after every commit-interval work units; on an error the interval is rolled back and
 * retried unit by unit so that only the failing unit is skipped. The default choice.
 */
public class StandardCommitStrategy implements ThreadExecutionStrategy {

    public StandardCommitStrategy(ThreadWorker worker) {
    }
}
