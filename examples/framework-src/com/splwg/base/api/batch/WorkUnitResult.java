package com.splwg.base.api.batch;

/**
 * Detailed outcome of one work unit, returned by
 * {@code executeWorkUnitDetailedResult(ThreadWorkUnit)}: whether the unit succeeded plus the
 * number of records processed and in error, which feed the run's statistics.
 */
public class WorkUnitResult {

    private final boolean unitProcessed;
    private int unitsInError;
    private int recordsProcessed;

    public WorkUnitResult(boolean unitProcessed) {
        this.unitProcessed = unitProcessed;
    }

    public boolean isUnitProcessed() {
        return unitProcessed;
    }

    public int getUnitsInError() {
        return unitsInError;
    }

    public void setUnitsInError(int unitsInError) {
        this.unitsInError = unitsInError;
    }

    public int getRecordsProcessed() {
        return recordsProcessed;
    }

    public void setRecordsProcessed(int recordsProcessed) {
        this.recordsProcessed = recordsProcessed;
    }
}
