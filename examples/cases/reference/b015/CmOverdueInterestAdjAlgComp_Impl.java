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
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Calculates the interest adjustment of a contract: the overdue balance is the sum of the current
 * amounts of the contract's frozen financial transactions that sit on bills due more than the grace
 * days before the calculation date; the adjustment is the interest rate percentage of that balance,
 * rounded to cents, and zero when nothing is overdue.
 *
 * Plugged on the Adjustment Type, Adjustment Generation event of the interest adjustment type.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = interestRatePercent, required = true, type = decimal)
 *            , @AlgorithmSoftParameter (name = graceDays, required = true, type = integer)})
 */
public class CmOverdueInterestAdjAlgComp_Impl extends CmOverdueInterestAdjAlgComp_Gen
        implements AdjustmentTypeGenerateAdjustmentAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmOverdueInterestAdjAlgComp_Impl.class);

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private static final String OVERDUE_BALANCE_SQL = """
            SELECT NVL(SUM(FT.CUR_AMT), 0) AS OVERDUE
              FROM CI_FT FT, CI_BILL BILL
             WHERE FT.SA_ID = :saId
               AND FT.FREEZE_SW = 'Y'
               AND BILL.BILL_ID = FT.BILL_ID
               AND BILL.DUE_DT < :overdueBefore
            """;

    private ServiceAgreement serviceAgreement;
    private Date calculationDate;
    private BigDecimal adjustmentAmount = BigDecimal.ZERO;
    private List<CharacteristicData> characteristicData = new ArrayList<>();

    @Override
    public void invoke() {
        Date calcDate = notNull(calculationDate) ? calculationDate : getProcessDateTime().getDate();
        int grace = notNull(getGraceDays()) ? getGraceDays().intValue() : 0;
        Date overdueBefore = calcDate.addDays(-grace);

        BigDecimal overdue = BigDecimal.ZERO;
        PreparedStatement ps = createPreparedStatement(OVERDUE_BALANCE_SQL, "CmOverdueInterestAdj - overdue balance");
        try {
            ps.bindId("saId", serviceAgreement.getId());
            ps.bindDate("overdueBefore", overdueBefore);
            SQLResultRow row = ps.firstRow();
            if (notNull(row) && notNull(row.getBigDecimal("OVERDUE"))) {
                overdue = row.getBigDecimal("OVERDUE");
            }
        } finally {
            ps.close();
        }

        if (overdue.signum() <= 0) {
            adjustmentAmount = BigDecimal.ZERO;
            return;
        }
        adjustmentAmount = overdue.multiply(getInterestRatePercent()).divide(HUNDRED).setScale(2, RoundingMode.HALF_UP);
        logger.debug("Contract " + serviceAgreement.getId().getTrimmedValue() + " overdue " + overdue + " -> interest " + adjustmentAmount);
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
        if (notNull(characteristicData)) {
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
