package com.splwg.ccb.domain.admin.adjustmentType;

import com.splwg.base.api.algorithms.AlgorithmSpot;
import com.splwg.ccb.domain.adjustment.adjustment.Adjustment;

/**
 * Adjustment Type - Adjustment Freeze. Algorithms plugged in on the adjustment type for the
 * system event <b>Adjustment Freeze</b> run when an adjustment of that type is frozen (ADJ_STATUS_FLG
 * becomes frozen '50' and its financial transaction, FT_TYPE_FLG 'AD', exists). Typical uses:
 * stamp characteristics on the adjustment ({@code CI_ADJ_CHAR}), route large write-offs for
 * approval with a To Do entry, or send the adjustment to an external ledger.
 *
 * <p>Input hard parameter: the adjustment being frozen. No output.
 *
 * @AlgorithmSpot (algorithmEntityValues = { "adjustmentTypeAdjustmentFreeze"})
 */
public interface AdjustmentTypeAdjustmentFreezeAlgorithmSpot extends AlgorithmSpot {

    /** The adjustment being frozen. */
    void setAdjustment(Adjustment adjustment);
}
