package com.splwg.cm.domain.rate.algorithm;

import com.splwg.base.api.datatypes.Bool;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.base.domain.common.characteristicType.CharacteristicType;
import com.splwg.ccb.domain.rate.ApplyRateData;
import com.splwg.ccb.domain.rate.rateComponent.RateComponentCriteriaFieldAlgorithmSpot;
import com.splwg.ccb.domain.rate.rateComponent.RateComponentEligibilityCriteria;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Supplies a characteristic of the billable charge being rated as a rate component eligibility
 * criteria field (e.g. card scheme or transaction channel), falling back to the same
 * characteristic on the contract when the charge does not carry it. The characteristic type is
 * taken from the criterion, or from the soft parameter when the criterion has none.
 *
 * Plugged as the criteria field algorithm of the transaction-fee rate components.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (entityName = characteristicType, name = defaultCriteriaCharType, type = entity)})
 */
public class CmBillableChargeCharCriteriaAlgComp_Impl extends CmBillableChargeCharCriteriaAlgComp_Gen
        implements RateComponentCriteriaFieldAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmBillableChargeCharCriteriaAlgComp_Impl.class);

    private ApplyRateData applyRateData;
    private RateComponentEligibilityCriteria criteria;
    private Bool found = Bool.FALSE;
    private String criteriaValue;

    @Override
    public void invoke() {
        CharacteristicType charType = notNull(criteria.getCharacteristicType())
                ? criteria.getCharacteristicType() : getDefaultCriteriaCharType();
        if (isNull(charType)) {
            return;
        }

        PreparedStatement ps = createPreparedStatement(
                "SELECT NVL(BCC.CHAR_VAL, SAC.CHAR_VAL) AS CRITERIA_VAL "
                + "FROM CI_BILL_CHG BC "
                + "LEFT OUTER JOIN CI_BILL_CHG_CHAR BCC ON BCC.BILLABLE_CHG_ID = BC.BILLABLE_CHG_ID "
                + "     AND BCC.CHAR_TYPE_CD = :charType "
                + "LEFT OUTER JOIN CI_SA_CHAR SAC ON SAC.SA_ID = BC.SA_ID "
                + "     AND SAC.CHAR_TYPE_CD = :charType "
                + "     AND SAC.EFFDT <= BC.START_DT "
                + "WHERE BC.BILLABLE_CHG_ID = :chargeId "
                + "ORDER BY SAC.EFFDT DESC",
                "CmBillableChargeCharCriteria - charge or contract characteristic");
        try {
            ps.bindEntity("charType", charType);
            ps.bindId("chargeId", applyRateData.getBillableCharge().getId());
            SQLResultRow row = ps.firstRow();
            if (notNull(row) && notBlank(row.getString("CRITERIA_VAL"))) {
                criteriaValue = row.getString("CRITERIA_VAL").trim();
                found = Bool.TRUE;
            }
        } finally {
            ps.close();
        }
        logger.debug("Criteria " + charType.getId().getTrimmedValue() + " = " + criteriaValue + " (found " + found + ")");
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
        return criteriaValue;
    }
}
