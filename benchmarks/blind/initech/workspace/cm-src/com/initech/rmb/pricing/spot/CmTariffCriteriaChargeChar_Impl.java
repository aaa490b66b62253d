package com.initech.rmb.pricing.spot;

import com.initech.rmb.common.InitechAlgorithm;
import com.initech.rmb.common.SoftParams;
import com.splwg.base.api.datatypes.Bool;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.domain.rate.ApplyRateData;
import com.splwg.ccb.domain.rate.rateComponent.RateComponentCriteriaFieldAlgorithmSpot;
import com.splwg.ccb.domain.rate.rateComponent.RateComponentEligibilityCriteria;

/**
 * Rate Component - Criteria Field (CM-TRFCRIT). Tariff eligibility on an attribute of the charge:
 * the criteria field is the billable charge characteristic of the criterion's characteristic type
 * (predefined value first, ad hoc value otherwise).
 */
@SoftParams({})
public class CmTariffCriteriaChargeChar_Impl extends InitechAlgorithm implements RateComponentCriteriaFieldAlgorithmSpot {

    private static final String SQL_CHARGE_CHAR =
            "SELECT CHAR_VAL, ADHOC_CHAR_VAL FROM CI_BILL_CHG_CHAR "
            + "WHERE BILLABLE_CHG_ID = :chargeId AND CHAR_TYPE_CD = :charType ORDER BY EFFDT DESC";

    private ApplyRateData applyRateData;
    private RateComponentEligibilityCriteria criteria;
    private Bool found = Bool.FALSE;
    private String fieldValue;

    @Override
    public void invoke() {
        if (applyRateData.getBillableCharge() == null || criteria.getCharacteristicType() == null) {
            return;
        }
        PreparedStatement ps = sql(SQL_CHARGE_CHAR);
        try {
            ps.bindId("chargeId", applyRateData.getBillableCharge().getId());
            ps.bindId("charType", criteria.getCharacteristicType().getId());
            SQLResultRow row = ps.firstRow();
            if (row != null) {
                String predefined = row.getString("CHAR_VAL");
                fieldValue = notBlank(predefined) ? predefined.trim() : row.getString("ADHOC_CHAR_VAL");
                found = Bool.valueOf(notBlank(fieldValue));
            }
        } finally {
            ps.close();
        }
    }

    @Override
    public void setApplyRateData(ApplyRateData applyRateData) {
        this.applyRateData = applyRateData;
    }

    @Override
    public void setRateComponentEligibilityCriteria(RateComponentEligibilityCriteria rateComponentEligibilityCriteria) {
        this.criteria = rateComponentEligibilityCriteria;
    }

    @Override
    public Bool getIsCriteriaFieldFound() {
        return found;
    }

    @Override
    public String getCriteriaFieldValue() {
        return fieldValue;
    }
}
