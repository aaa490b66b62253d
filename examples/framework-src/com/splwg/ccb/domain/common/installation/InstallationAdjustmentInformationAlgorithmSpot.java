package com.splwg.ccb.domain.common.installation;

import com.splwg.base.api.algorithms.AlgorithmSpot;
import com.splwg.ccb.domain.adjustment.adjustment.Adjustment;

/**
 * Installation - Adjustment Information. The algorithm plugged in on the installation record for
 * the system event <b>Adjustment Information</b> builds the description of an adjustment shown in
 * financial history, bill and contract pages (adjustment type, amount, status, creation date).
 *
 * <p>Input hard parameter: the adjustment. Output: the information string.
 *
 * @AlgorithmSpot (algorithmEntityValues = { "installationAdjustmentInformation"})
 */
public interface InstallationAdjustmentInformationAlgorithmSpot extends AlgorithmSpot {

    void setAdjustment(Adjustment adjustment);

    /** The adjustment's description. */
    String getAdjustmentInfo();
}
