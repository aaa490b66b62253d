package com.splwg.base.api.batch;

import java.util.List;

/**
 * The work of one batch run, split into {@link ThreadWorkUnit}s that the framework distributes
 * over the run's threads. Built by the job's {@code getJobWork()} through the
 * {@code createJobWorkFor...} helpers of {@link AbstractBatchJob}.
 */
public final class JobWork {

    private final List<ThreadWorkUnit> workUnits;

    public JobWork(List<ThreadWorkUnit> workUnits) {
        this.workUnits = workUnits;
    }

    public List<ThreadWorkUnit> getWorkUnits() {
        return workUnits;
    }

    public int getWorkUnitCount() {
        return workUnits == null ? 0 : workUnits.size();
    }
}
