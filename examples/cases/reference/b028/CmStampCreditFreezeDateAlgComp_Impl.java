package com.splwg.cm.domain.adjustment.algorithm;

import java.math.BigInteger;

import com.splwg.ccb.domain.adjustment.adjustment.Adjustment;
import com.splwg.ccb.domain.adjustment.adjustment.AdjustmentCharacteristic_DTO;
import com.splwg.ccb.domain.adjustment.adjustment.AdjustmentCharacteristics;
import com.splwg.ccb.domain.admin.adjustmentType.AdjustmentTypeAdjustmentFreezeAlgorithmSpot;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Audit trail for credits: when a credit adjustment (negative amount) is frozen, the freeze date
 * is recorded on it as an ad hoc characteristic (yyyy-mm-dd). Debits are left as they are.
 *
 * Plugged on the Adjustment Type, Adjustment Freeze event of the credit adjustment types.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (entityName = characteristicType, name = freezeDateCharType, required = true, type = entity)})
 */
public class CmStampCreditFreezeDateAlgComp_Impl extends CmStampCreditFreezeDateAlgComp_Gen
        implements AdjustmentTypeAdjustmentFreezeAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmStampCreditFreezeDateAlgComp_Impl.class);

    private Adjustment adjustment;

    @Override
    public void invoke() {
        if (adjustment.getAdjustmentAmount().getAmount().signum() >= 0) {
            return;
        }
        String freezeDate = getProcessDateTime().getDate().toString();
        AdjustmentCharacteristics chars = adjustment.getCharacteristics();
        AdjustmentCharacteristic_DTO dto = chars.newChildDTO();
        dto.setAdhocCharacteristicValue(freezeDate);
        chars.add(dto, getFreezeDateCharType().getId(), BigInteger.valueOf(chars.size() + 1L));
        logger.debug("Freeze date " + freezeDate + " stamped on credit " + adjustment.getId().getTrimmedValue());
    }

    @Override
    public void setAdjustment(Adjustment adjustment) {
        this.adjustment = adjustment;
    }
}
