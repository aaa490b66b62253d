package com.globex.cm.adjustments.algorithm;

import java.math.BigInteger;

import com.splwg.ccb.domain.adjustment.adjustment.Adjustment;
import com.splwg.ccb.domain.adjustment.adjustment.AdjustmentCharacteristic;
import com.splwg.ccb.domain.adjustment.adjustment.AdjustmentCharacteristic_DTO;
import com.splwg.ccb.domain.adjustment.adjustment.AdjustmentCharacteristics;
import com.splwg.ccb.domain.admin.adjustmentType.AdjustmentTypeAdjustmentFreezeAlgorithmSpot;

/**
 * Globex Telecom - Adjustment Freeze: records the business date of the freeze on the adjustment
 * (ad hoc characteristic, yyyy-MM-dd) for the SOX audit report. Uses the next free sequence of
 * the characteristic type.
 *
 * @author Globex ORMB team (P. Haddad)
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (entityName = characteristicType, name = freezeDateCharType, required = true, type = entity)})
 */
public class GxAdjFreezeDateCharAlgorithm_Impl extends GxAdjFreezeDateCharAlgorithm_Gen
        implements AdjustmentTypeAdjustmentFreezeAlgorithmSpot {

    private Adjustment adjustment;

    @Override
    public void invoke() {
        AdjustmentCharacteristics chars = adjustment.getCharacteristics();
        int maxSeq = 0;
        for (AdjustmentCharacteristic c : chars) {
            if (c.getId().getCharacteristicTypeId().equals(getFreezeDateCharType().getId())) {
                maxSeq = Math.max(maxSeq, c.getId().getSequence().intValue());
            }
        }
        AdjustmentCharacteristic_DTO dto = chars.newChildDTO();
        dto.setAdhocCharacteristicValue(getProcessDateTime().getDate().toString());
        chars.add(dto, getFreezeDateCharType().getId(), BigInteger.valueOf(maxSeq + 1));
    }

    @Override
    public void setAdjustment(Adjustment adjustment) {
        this.adjustment = adjustment;
    }
}
