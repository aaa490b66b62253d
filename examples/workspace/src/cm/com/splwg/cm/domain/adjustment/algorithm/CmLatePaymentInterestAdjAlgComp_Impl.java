package com.splwg.cm.domain.adjustment.algorithm;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
import com.splwg.cm.domain.common.messageRepository.CmMessageRepository;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Calculates late payment interest for the contract: simple interest at the annual rate on every
 * bill whose frozen debt on this contract is still past its due date plus the grace period, from
 * the due date up to the calculation date. Amounts below the minimum are not charged.
 *
 * Plugged on the Adjustment Type, Adjustment Generation event (adjustment type CM-LPINT).
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = annualInterestRate, required = true, type = decimal)
 *            , @AlgorithmSoftParameter (name = graceDays, required = true, type = integer)
 *            , @AlgorithmSoftParameter (name = minimumInterestAmount, type = decimal)})
 */
public class CmLatePaymentInterestAdjAlgComp_Impl extends CmLatePaymentInterestAdjAlgComp_Gen
        implements AdjustmentTypeGenerateAdjustmentAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmLatePaymentInterestAdjAlgComp_Impl.class);
    private static final BigDecimal DAYS_IN_YEAR = new BigDecimal("365");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private ServiceAgreement serviceAgreement;
    private Date calculationDate;
    private List<CharacteristicData> characteristicData;
    private BigDecimal adjustmentAmount = BigDecimal.ZERO;

    @Override
    protected void extraSoftParameterValidations(boolean forAlgorithmValidation) {
        BigDecimal rate = getAnnualInterestRate();
        if (rate.signum() <= 0 || rate.compareTo(HUNDRED) > 0) {
            addError(CmMessageRepository.invalidInterestRate(rate));
        }
    }

    @Override
    public void invoke() {
        Date overdueBefore = calculationDate.addDays(-getGraceDays().intValue());
        BigDecimal dailyRate = getAnnualInterestRate().divide(HUNDRED).divide(DAYS_IN_YEAR, 10, RoundingMode.HALF_UP);
        BigDecimal interest = BigDecimal.ZERO;

        PreparedStatement ps = createPreparedStatement(
                "SELECT B.BILL_ID, B.DUE_DT, SUM(FT.CUR_AMT) AS OPEN_AMT "
                + "FROM CI_FT FT, CI_BILL B "
                + "WHERE FT.SA_ID = :saId "
                + "AND FT.FREEZE_SW = 'Y' "
                + "AND FT.BILL_ID = B.BILL_ID "
                + "AND B.BILL_STAT_FLG = 'C' "
                + "AND B.DUE_DT < :overdueBefore "
                + "GROUP BY B.BILL_ID, B.DUE_DT "
                + "HAVING SUM(FT.CUR_AMT) > 0",
                "CmLatePaymentInterestAdj - overdue bills of contract");
        try {
            ps.bindId("saId", serviceAgreement.getId());
            ps.bindDate("overdueBefore", overdueBefore);
            for (SQLResultRow row : ps.list()) {
                Date dueDate = row.getDate("DUE_DT");
                BigDecimal openAmount = row.getBigDecimal("OPEN_AMT");
                int daysLate = dueDate.daysUntil(calculationDate);
                BigDecimal billInterest = openAmount.multiply(dailyRate).multiply(BigDecimal.valueOf(daysLate));
                if (logger.isDebugEnabled()) {
                    logger.debug("Bill " + row.getString("BILL_ID").trim() + ": " + openAmount + " open, "
                            + daysLate + " days late, interest " + billInterest);
                }
                interest = interest.add(billInterest);
            }
        } finally {
            ps.close();
        }

        interest = interest.setScale(2, RoundingMode.HALF_UP);
        if (notNull(getMinimumInterestAmount()) && interest.compareTo(getMinimumInterestAmount()) < 0) {
            logger.debug("Interest " + interest + " below minimum " + getMinimumInterestAmount() + "; not charged");
            interest = BigDecimal.ZERO;
        }
        adjustmentAmount = interest;
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
