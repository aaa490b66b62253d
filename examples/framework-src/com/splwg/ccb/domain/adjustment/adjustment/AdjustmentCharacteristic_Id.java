package com.splwg.ccb.domain.adjustment.adjustment;

import java.math.BigInteger;

import com.splwg.base.api.datatypes.EntityId;
import com.splwg.base.domain.common.characteristicType.CharacteristicType;
import com.splwg.base.domain.common.characteristicType.CharacteristicType_Id;

/**
 * Composite primary key of {@link AdjustmentCharacteristic} (CI_ADJ_CHAR).
 */
public final class AdjustmentCharacteristic_Id extends EntityId<AdjustmentCharacteristic> {

    private static final long serialVersionUID = 1L;

    private final Adjustment_Id adjustmentId;
    private final CharacteristicType_Id characteristicTypeId;
    private final BigInteger sequence;

    public AdjustmentCharacteristic_Id(Adjustment_Id adjustmentId, CharacteristicType_Id characteristicTypeId, BigInteger sequence) {
        super(adjustmentId.getIdValue() + "|" + characteristicTypeId.getIdValue() + "|" + String.valueOf(sequence));
        this.adjustmentId = adjustmentId;
        this.characteristicTypeId = characteristicTypeId;
        this.sequence = sequence;
    }

    public AdjustmentCharacteristic_Id(Adjustment adjustment, CharacteristicType characteristicType, BigInteger sequence) {
        this(adjustment.getId(), characteristicType.getId(), sequence);
    }

    public Adjustment_Id getAdjustmentId() {
        return adjustmentId;
    }

    public CharacteristicType_Id getCharacteristicTypeId() {
        return characteristicTypeId;
    }

    public BigInteger getSequence() {
        return sequence;
    }

    @Override
    public AdjustmentCharacteristic getEntity() {
        return null;
    }
}
