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
 * Globex Telecom - Adjustment Generation for percentage fees (returned direct debit fee GX-DDRTN,
 * card surcharge GX-CARDS): base amount x {@code feePercentage} / 100, kept between
 * {@code minimumFeeAmount} and {@code maximumFeeAmount} (maximum optional).
 *
 * @author Globex ORMB team (P. Haddad)
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = feePercentage, required = true, type = decimal)
 *            , @AlgorithmSoftParameter (name = minimumFeeAmount, required = true, type = decimal)
 *            , @AlgorithmSoftParameter (name = maximumFeeAmount, type = decimal)})
 */
public class GxPercentageFeeAdjAlgorithm_Impl extends GxPercentageFeeAdjAlgorithm_Gen
        implements AdjustmentTypeGenerateAdjustmentAlgorithmSpot {

    private BigDecimal baseAmount;
    private List<CharacteristicData> characteristicData;
    private BigDecimal adjustmentAmount;

    @Override
    public void invoke() {
        BigDecimal base = baseAmount == null ? BigDecimal.ZERO : baseAmount;
        BigDecimal fee = base.multiply(getFeePercentage()).divide(new BigDecimal("100"), 2, RoundingMode.HALF_UP);
        if (fee.compareTo(getMinimumFeeAmount()) < 0) {
            fee = getMinimumFeeAmount();
        }
        if (getMaximumFeeAmount() != null && fee.compareTo(getMaximumFeeAmount()) > 0) {
            fee = getMaximumFeeAmount();
        }
        adjustmentAmount = fee;
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
    }

    @Override
    public void setAccountingDate(Date accountingDate) {
    }

    @Override
    public void setCalculationDate(Date calculationDate) {
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
