package com.initech.rmb.pricing.spot;

import java.math.BigDecimal;

import com.initech.rmb.common.InitechAlgorithm;
import com.initech.rmb.common.InitechMessages;
import com.initech.rmb.common.SoftParams;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.domain.rate.ApplyRateData;
import com.splwg.ccb.domain.rate.rateComponent.RateComponent;
import com.splwg.ccb.domain.rate.rateComponent.RateComponentValueAlgorithmSpot;

/**
 * Rate Component - Value (CM-TRFVAL). The tariff value of a rate component is the value of the price
 * component of the selected price assignment with the component's sequence.
 */
@SoftParams({"rateComponentSequence:integer"})
public class CmTariffPriceComponentValue_Impl extends InitechAlgorithm implements RateComponentValueAlgorithmSpot {

    private static final String SQL_PRICE_COMPONENT =
            "SELECT VALUE_AMT FROM CI_PRICECOMP WHERE PRICE_ASGN_ID = :priceAsgnId AND RC_SEQ = :rcSeq";

    private ApplyRateData applyRateData;
    private BigDecimal value;

    @Override
    public void invoke() {
        int rcSeq = intParam("rateComponentSequence", 10);
        String priceAsgnId = applyRateData.getPriceAssignmentId();
        PreparedStatement ps = sql(SQL_PRICE_COMPONENT);
        try {
            ps.bindString("priceAsgnId", priceAsgnId, "PRICE_ASGN_ID");
            ps.bindBigDecimal("rcSeq", new BigDecimal(rcSeq));
            SQLResultRow row = ps.firstRow();
            if (row == null) {
                fail(InitechMessages.TARIFF_VALUE_MISSING, priceAsgnId, String.valueOf(rcSeq));
                return;
            }
            value = row.getBigDecimal("VALUE_AMT");
        } finally {
            ps.close();
        }
    }

    @Override
    public void setApplyRateData(ApplyRateData applyRateData) {
        this.applyRateData = applyRateData;
    }

    @Override
    public void setRateComponent(RateComponent rateComponent) {
    }

    @Override
    public ApplyRateData getApplyRateData() {
        return applyRateData;
    }

    @Override
    public BigDecimal getValue() {
        return value;
    }
}
