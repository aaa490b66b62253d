package com.splwg.cm.domain.adjustment.algorithm;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.base.domain.common.characteristicType.CharacteristicData;
import com.splwg.ccb.domain.adjustment.adjustment.Adjustment;
import com.splwg.ccb.domain.admin.adjustmentType.AdjustmentType;
import com.splwg.ccb.domain.admin.adjustmentType.AdjustmentTypeGenerateAdjustmentAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.account.Account;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;

/**
 * Calculates a balance-based service fee: the fee is a percentage of the contract's current
 * balance (current amounts of its frozen FTs), rounded to cents and never below the minimum fee.
 * A contract that is not in debit pays no fee.
 *
 * Plugged on the Adjustment Type, Adjustment Generation event of the service fee adjustment type.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = feePercentage, required = true, type = decimal)
 *            , @AlgorithmSoftParameter (name = minimumFeeAmount, type = decimal)})
 */
public class CmBalancePercentageFeeAlgComp_Impl extends CmBalancePercentageFeeAlgComp_Gen
        implements AdjustmentTypeGenerateAdjustmentAlgorithmSpot {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private ServiceAgreement serviceAgreement;
    private List<CharacteristicData> characteristicData = new ArrayList<>();
    private BigDecimal adjustmentAmount = BigDecimal.ZERO;

    @Override
    public void invoke() {
        BigDecimal balance;
        PreparedStatement ps = createPreparedStatement(
                "SELECT NVL(SUM(CUR_AMT), 0) AS BALANCE FROM CI_FT WHERE SA_ID = :saId AND FREEZE_SW = 'Y'",
                "CmBalancePercentageFee - contract balance");
        try {
            ps.bindId("saId", serviceAgreement.getId());
            SQLResultRow row = ps.firstRow();
            balance = isNull(row) || isNull(row.getBigDecimal("BALANCE")) ? BigDecimal.ZERO : row.getBigDecimal("BALANCE");
        } finally {
            ps.close();
        }
        if (balance.signum() <= 0) {
            adjustmentAmount = BigDecimal.ZERO;
            return;
        }
        BigDecimal fee = balance.multiply(getFeePercentage()).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        BigDecimal minimum = notNull(getMinimumFeeAmount()) ? getMinimumFeeAmount() : BigDecimal.ZERO;
        adjustmentAmount = fee.max(minimum);
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
    }

    @Override
    public void setBaseAmount(BigDecimal baseAmount) {
    }

    @Override
    public void setCharacteristicData(List<CharacteristicData> characteristicData) {
        if (characteristicData != null) {
            this.characteristicData = characteristicData;
        }
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
