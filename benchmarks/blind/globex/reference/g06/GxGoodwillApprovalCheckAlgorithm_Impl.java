package com.globex.cm.adjustments.algorithm;

import java.math.BigDecimal;

import com.globex.cm.common.messages.GxMessageRepository;
import com.splwg.ccb.domain.adjustment.adjustment.Adjustment;
import com.splwg.ccb.domain.adjustment.adjustment.AdjustmentCharacteristic;
import com.splwg.ccb.domain.admin.adjustmentType.AdjustmentTypeAdjustmentFreezeAlgorithmSpot;

/**
 * Globex Telecom - Adjustment Freeze on goodwill credits (GX-GOODW): a credit above
 * {@code approvalLimit} (absolute value) cannot be frozen unless an approver is recorded on the
 * adjustment (characteristic of type {@code approverCharType}).
 *
 * @author Globex ORMB team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = approvalLimit, required = true, type = decimal)
 *            , @AlgorithmSoftParameter (entityName = characteristicType, name = approverCharType, required = true, type = entity)})
 */
public class GxGoodwillApprovalCheckAlgorithm_Impl extends GxGoodwillApprovalCheckAlgorithm_Gen
        implements AdjustmentTypeAdjustmentFreezeAlgorithmSpot {

    private Adjustment adjustment;

    @Override
    public void invoke() {
        BigDecimal amount = adjustment.getAdjustmentAmount().getAmount();
        if (amount.abs().compareTo(getApprovalLimit()) <= 0) {
            return;
        }
        for (AdjustmentCharacteristic c : adjustment.getCharacteristics()) {
            if (c.getId().getCharacteristicTypeId().equals(getApproverCharType().getId())
                    && (notBlank(c.getCharacteristicValue()) || notBlank(c.getAdhocCharacteristicValue())
                            || notBlank(c.getCharacteristicValueForeignKey1()))) {
                return;
            }
        }
        addError(GxMessageRepository.adjustmentApprovalRequired(adjustment.getId().getTrimmedValue()));
    }

    @Override
    public void setAdjustment(Adjustment adjustment) {
        this.adjustment = adjustment;
    }
}
