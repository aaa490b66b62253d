package com.northwind.ormb.ext.pricing.algo;

import java.util.logging.Logger;

import com.splwg.base.api.algorithms.AbstractAlgorithmComponent;
import com.splwg.base.api.datatypes.Bool;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.domain.rate.ApplyRateData;
import com.splwg.ccb.domain.rate.rateComponent.RateComponentCriteriaFieldAlgorithmSpot;
import com.splwg.ccb.domain.rate.rateComponent.RateComponentEligibilityCriteria;

/**
 * Rate Component - Criteria Field: the time band of a consumption charge (DAY, NIGHT, PEAK) is a
 * characteristic of the billable charge copied from the transaction; the Economy 7 rate
 * components compare it with their criteria. The characteristic type comes from the criterion;
 * when the criterion has none, the algorithm's default type is used.
 *
 * Parameters:
 *   1 defaultCharType (characteristic type, optional) - billable charge characteristic read when
 *     the criterion names no characteristic type
 */
public class NwBchgCharCriteriaAlgo_Impl extends AbstractAlgorithmComponent
        implements RateComponentCriteriaFieldAlgorithmSpot {

    private static final Logger LOG = Logger.getLogger(NwBchgCharCriteriaAlgo_Impl.class.getName());

    private ApplyRateData applyRateData;
    private RateComponentEligibilityCriteria criteria;
    private String value;

    @Override
    public void invoke() {
        if (applyRateData == null || applyRateData.getBillableCharge() == null) {
            return;
        }
        String charTypeCd = criteria != null && criteria.getCharacteristicType() != null
                ? criteria.getCharacteristicType().getId().getIdValue()
                : getStringSoftParameter("defaultCharType");
        if (isBlankOrNull(charTypeCd)) {
            return;
        }
        PreparedStatement ps = createPreparedStatement("""
                SELECT CHAR_VAL, ADHOC_CHAR_VAL
                  FROM CI_BILL_CHG_CHAR
                 WHERE BILLABLE_CHG_ID = :bchgId
                   AND CHAR_TYPE_CD = :charType
                 ORDER BY EFFDT DESC
                """, "NwBchgCharCriteriaAlgo - billable charge characteristic");
        try {
            ps.bindString("bchgId", applyRateData.getBillableCharge().getId().getIdValue(), "BILLABLE_CHG_ID");
            ps.bindString("charType", charTypeCd, "CHAR_TYPE_CD");
            for (SQLResultRow row : ps.list()) {
                String predefined = row.getString("CHAR_VAL");
                value = notBlank(predefined) ? predefined.trim() : row.getString("ADHOC_CHAR_VAL");
                break;
            }
        } finally {
            ps.close();
        }
        LOG.fine(() -> "Criteria field " + charTypeCd.trim() + " = " + value);
    }

    @Override
    public void setApplyRateData(ApplyRateData applyRateData) {
        this.applyRateData = applyRateData;
    }

    @Override
    public void setRateComponentEligibilityCriteria(RateComponentEligibilityCriteria criteria) {
        this.criteria = criteria;
    }

    @Override
    public Bool getIsCriteriaFieldFound() {
        return Bool.valueOf(value != null);
    }

    @Override
    public String getCriteriaFieldValue() {
        return value;
    }
}
