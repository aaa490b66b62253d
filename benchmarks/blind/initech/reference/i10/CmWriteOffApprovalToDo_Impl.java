package com.initech.rmb.receivables.spot;

import java.math.BigDecimal;

import com.initech.rmb.common.InitechAlgorithm;
import com.initech.rmb.common.SoftParams;
import com.splwg.ccb.domain.adjustment.adjustment.Adjustment;
import com.splwg.ccb.domain.admin.adjustmentType.AdjustmentTypeAdjustmentFreezeAlgorithmSpot;

/**
 * Adjustment Type - Adjustment Freeze (CM-WOAPPR). Write-offs whose absolute amount exceeds the
 * approval limit are routed to finance: a To Do entry with the adjustment id as drill key.
 */
@SoftParams({"approvalLimitAmount:decimal", "approvalToDoType:entity"})
public class CmWriteOffApprovalToDo_Impl extends InitechAlgorithm implements AdjustmentTypeAdjustmentFreezeAlgorithmSpot {

    private Adjustment adjustment;

    @Override
    public void invoke() {
        BigDecimal limit = decimalParam("approvalLimitAmount");
        BigDecimal amount = adjustment.getAdjustmentAmount().getAmount().abs();
        if (limit != null && amount.compareTo(limit) > 0) {
            raiseToDo(param("approvalToDoType"), adjustment.getId().getIdValue(),
                    "Write-off of " + amount.toPlainString() + " above approval limit " + limit.toPlainString());
        }
    }

    @Override
    public void setAdjustment(Adjustment adjustment) {
        this.adjustment = adjustment;
    }
}
