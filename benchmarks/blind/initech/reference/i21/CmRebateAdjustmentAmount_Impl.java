package com.initech.rmb.pricing.spot;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import com.initech.rmb.common.InitechAlgorithm;
import com.initech.rmb.common.InitechMessages;
import com.initech.rmb.common.SoftParams;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.domain.common.characteristicType.CharacteristicData;
import com.splwg.base.domain.common.characteristicType.CharacteristicType_Id;
import com.splwg.ccb.domain.adjustment.adjustment.Adjustment;
import com.splwg.ccb.domain.admin.adjustmentType.AdjustmentType;
import com.splwg.ccb.domain.admin.adjustmentType.AdjustmentTypeGenerateAdjustmentAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.account.Account;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreementCharacteristic;

/**
 * Adjustment Type - Adjustment Generation (CM-REBATE). Volume rebate credit: base amount x the
 * contract's rebate percentage (ad hoc contract characteristic, e.g. 2.5) / 100, negative (credit),
 * rounded to 2 decimals; zero when the contract has no rebate percentage.
 */
@SoftParams({"rebatePercentCharType:entity"})
public class CmRebateAdjustmentAmount_Impl extends InitechAlgorithm implements AdjustmentTypeGenerateAdjustmentAlgorithmSpot {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private ServiceAgreement serviceAgreement;
    private Date calculationDate;
    private BigDecimal baseAmount;
    private List<CharacteristicData> characteristicData;
    private BigDecimal adjustmentAmount = BigDecimal.ZERO;

    @Override
    public void invoke() {
        adjustmentAmount = BigDecimal.ZERO;
        if (baseAmount == null || serviceAgreement == null) {
            return;
        }
        Date asOf = calculationDate != null ? calculationDate : getProcessDateTime().getDate();
        ServiceAgreementCharacteristic rebate = serviceAgreement.getEffectiveCharacteristic(
                new CharacteristicType_Id(param("rebatePercentCharType")).getEntity(), asOf);
        if (rebate == null || isBlankOrNull(rebate.getAdhocCharacteristicValue())) {
            return;
        }
        BigDecimal percent;
        try {
            percent = new BigDecimal(rebate.getAdhocCharacteristicValue().trim());
        } catch (NumberFormatException e) {
            fail(InitechMessages.GENERIC_RULE_FAILED, "Rebate percentage " + rebate.getAdhocCharacteristicValue()
                    + " of contract " + serviceAgreement.getId().getTrimmedValue() + " is not numeric");
            return;
        }
        adjustmentAmount = baseAmount.multiply(percent).divide(HUNDRED, 2, RoundingMode.HALF_UP).negate();
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
