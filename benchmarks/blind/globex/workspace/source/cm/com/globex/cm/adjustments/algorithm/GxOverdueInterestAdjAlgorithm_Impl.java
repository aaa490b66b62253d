package com.globex.cm.adjustments.algorithm;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import com.globex.cm.common.messages.GxMessageRepository;
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
 * Globex Telecom - Adjustment Generation for late interest (GX-INTR, business accounts only).
 * Interest = base amount x annual rate / 100 x days / 365, days counted from the due date of the
 * oldest unpaid bill of the contract to the calculation date.
 *
 * @author Globex ORMB team (P. Haddad)
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = annualInterestRate, required = true, type = decimal)})
 */
public class GxOverdueInterestAdjAlgorithm_Impl extends GxOverdueInterestAdjAlgorithm_Gen
        implements AdjustmentTypeGenerateAdjustmentAlgorithmSpot {

    private static final BigDecimal DAYS_PER_YEAR = new BigDecimal("365");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private ServiceAgreement serviceAgreement;
    private Date calculationDate;
    private BigDecimal baseAmount;
    private List<CharacteristicData> characteristicData;
    private BigDecimal adjustmentAmount = BigDecimal.ZERO;

    @Override
    public void invoke() {
        Date calcDate = calculationDate != null ? calculationDate : getProcessDateTime().getDate();
        PreparedStatement ps = createPreparedStatement(
                "SELECT MIN(B.DUE_DT) AS OLDEST_DUE FROM CI_BILL B, CI_FT FT "
                        + "WHERE FT.BILL_ID = B.BILL_ID AND FT.SA_ID = :saId AND FT.FREEZE_SW = 'Y' "
                        + "AND FT.CUR_AMT > 0 AND B.DUE_DT < :calcDate",
                "GxOverdueInterestAdj - oldest overdue due date");
        Date oldestDue;
        try {
            ps.bindId("saId", serviceAgreement.getId());
            ps.bindDate("calcDate", calcDate);
            SQLResultRow row = ps.firstRow();
            oldestDue = row == null ? null : row.getDate("OLDEST_DUE");
        } finally {
            ps.close();
        }
        if (oldestDue == null || baseAmount == null) {
            addError(GxMessageRepository.noInterestBase(serviceAgreement.getId().getTrimmedValue()));
        }
        int days = oldestDue.daysUntil(calcDate);
        adjustmentAmount = baseAmount.multiply(getAnnualInterestRate())
                .multiply(BigDecimal.valueOf(days))
                .divide(HUNDRED.multiply(DAYS_PER_YEAR), 2, RoundingMode.HALF_UP);
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
