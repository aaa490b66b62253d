package com.initech.rmb.receivables.spot;

import java.math.BigInteger;

import com.initech.rmb.common.InitechAlgorithm;
import com.initech.rmb.common.InitechMessages;
import com.initech.rmb.common.SoftParams;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.base.domain.common.characteristicType.CharacteristicType_Id;
import com.splwg.ccb.domain.adjustment.adjustment.Adjustment;
import com.splwg.ccb.domain.adjustment.adjustment.AdjustmentCharacteristic_DTO;
import com.splwg.ccb.domain.admin.adjustmentType.AdjustmentTypeAdjustmentFreezeAlgorithmSpot;

/**
 * Adjustment Type - Adjustment Freeze (CM-WOREASN). A write-off may only be locked with a reason:
 * the reason characteristic must be present on the adjustment; when the algorithm has a default
 * reason it is stamped instead of raising the error.
 */
@SoftParams({"reasonCharType:entity", "defaultReason:string"})
public class CmWriteOffReasonStamp_Impl extends InitechAlgorithm implements AdjustmentTypeAdjustmentFreezeAlgorithmSpot {

    private static final String SQL_REASON =
            "SELECT COUNT(*) AS CNT FROM CI_ADJ_CHAR WHERE ADJ_ID = :adjId AND CHAR_TYPE_CD = :charType";

    private Adjustment adjustment;

    @Override
    public void invoke() {
        String charType = param("reasonCharType");
        PreparedStatement ps = sql(SQL_REASON);
        try {
            ps.bindId("adjId", adjustment.getId());
            ps.bindString("charType", charType, "CHAR_TYPE_CD");
            SQLResultRow row = ps.firstRow();
            if (row != null && row.getInteger("CNT").signum() > 0) {
                return;
            }
        } finally {
            ps.close();
        }
        String defaultReason = param("defaultReason");
        if (defaultReason == null) {
            fail(InitechMessages.WRITE_OFF_REASON_MISSING, adjustment.getId().getTrimmedValue());
            return;
        }
        AdjustmentCharacteristic_DTO dto = adjustment.getCharacteristics().newChildDTO();
        dto.setCharacteristicValue(defaultReason);
        adjustment.getCharacteristics().add(dto, new CharacteristicType_Id(charType), BigInteger.ONE);
    }

    @Override
    public void setAdjustment(Adjustment adjustment) {
        this.adjustment = adjustment;
    }
}
