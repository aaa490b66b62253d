package com.globex.cm.adjustments.algorithm;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import com.splwg.base.api.datatypes.Date;
import com.splwg.base.domain.common.characteristicType.CharacteristicData;
import com.splwg.ccb.domain.adjustment.adjustment.Adjustment;
import com.splwg.ccb.domain.admin.adjustmentType.AdjustmentType;
import com.splwg.ccb.domain.admin.adjustmentType.AdjustmentTypeGenerateAdjustmentAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.account.Account;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;

/**
 * Globex Telecom - Adjustment Generation for the loyalty credit (GX-LOYAL): contracts active for
 * at least {@code minimumTenureMonths} months on the calculation date get a credit of
 * {@code creditPercentage} % of the base amount; younger contracts get zero.
 *
 * @author Globex ORMB team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = minimumTenureMonths, required = true, type = integer)
 *            , @AlgorithmSoftParameter (name = creditPercentage, required = true, type = decimal)})
 */
public class GxLoyaltyCreditAdjAlgorithm_Impl extends GxLoyaltyCreditAdjAlgorithm_Gen
        implements AdjustmentTypeGenerateAdjustmentAlgorithmSpot {

    private ServiceAgreement serviceAgreement;
    private Date calculationDate;
    private BigDecimal baseAmount;
    private List<CharacteristicData> characteristicData;
    private BigDecimal adjustmentAmount = BigDecimal.ZERO;

    @Override
    public void invoke() {
        Date calcDate = calculationDate != null ? calculationDate : getProcessDateTime().getDate();
        Date start = serviceAgreement == null ? null : serviceAgreement.getStartDate();
        if (start == null || baseAmount == null) {
            adjustmentAmount = BigDecimal.ZERO;
            return;
        }
        if (start.addMonths(getMinimumTenureMonths().intValue()).isAfter(calcDate)) {
            adjustmentAmount = BigDecimal.ZERO;
            return;
        }
        adjustmentAmount = baseAmount.multiply(getCreditPercentage())
                .divide(new BigDecimal("100"), 2, RoundingMode.HALF_UP).negate();
    }

    @Override
    public void setAdjustment(Adjustment adjustment) {
    }

    @Override
    public void setAdjustmentType(AdjustmentType adjustmentType) {
    }

    @Override
    public void setAccount(Account account) {
    }

    @Override
    public void setServiceAgreement(ServiceAgreement serviceAgreement) {
        this.serviceAgreement = serviceAgreement;
    }

    @Override
    public void setAccountingDate(Date accountingDate) {
    }

    @Override
    public void setCalculationDate(Date calculationDate) {
        this.calculationDate = calculationDate;
    }

    @Override
    public void setBaseAmount(BigDecimal baseAmount) {
        this.baseAmount = baseAmount;
    }

    @Override
    public void setCharacteristicData(List<CharacteristicData> characteristicData) {
        this.characteristicData = characteristicData;
    }

    @Override
    public BigDecimal getAdjustmentAmount() {
        return adjustmentAmount;
    }

    @Override
    public List<CharacteristicData> getCharacteristicData() {
        return characteristicData;
    }
}
