package com.splwg.base.domain.batch.batchControl;

import java.math.BigInteger;

import com.splwg.base.api.algorithms.AlgorithmSpot;

/**
 * Batch Control - Post-Processing. Algorithms plugged in on a batch control for the system event
 * <b>Post-Processing</b> run once after a run of that batch completes successfully. Typical uses:
 * create a To Do entry summarising records in error, send the run's extract file onwards, or
 * submit a dependent batch.
 *
 * <p>Input hard parameters: the batch control and the run and rerun numbers. No output.
 *
 * @AlgorithmSpot (algorithmEntityValues = { "batchControlPostProcessing"})
 */
public interface BatchControlPostProcessingAlgorithmSpot extends AlgorithmSpot {

    void setBatchControl(BatchControl batchControl);

    void setBatchNumber(BigInteger batchNumber);

    void setBatchRerunNumber(BigInteger batchRerunNumber);
}
