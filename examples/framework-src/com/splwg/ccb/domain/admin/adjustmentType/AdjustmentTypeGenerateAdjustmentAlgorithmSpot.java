package com.splwg.ccb.domain.admin.adjustmentType;

import java.math.BigDecimal;
import java.util.List;

import com.splwg.base.api.algorithms.AlgorithmSpot;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.domain.common.characteristicType.CharacteristicData;
import com.splwg.ccb.domain.adjustment.adjustment.Adjustment;
import com.splwg.ccb.domain.customerinfo.account.Account;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;

/**
 * Adjustment Type - Adjustment Generation. The algorithm plugged in on the adjustment type for the
 * system event <b>Adjustment Generation</b> calculates the amount of an adjustment of that type
 * when the user presses Generate on the adjustment page (or when an adjustment is created through
 * the adjustment upload / a business object). Typical uses: interest on overdue balances,
 * percentage-based fees or discounts, tax on a base amount.
 *
 * <p>Input hard parameters: the adjustment, its type, account and contract, the accounting and
 * calculation dates, the base amount entered by the user and the adjustment's characteristics.
 * Output: the calculated adjustment amount (the framework stores it in {@code CI_ADJ.ADJ_AMT}
 * and builds the calculation lines).
 *
 * @AlgorithmSpot (algorithmEntityValues = { "adjustmentTypeAdjustmentGeneration"})
 */
public interface AdjustmentTypeGenerateAdjustmentAlgorithmSpot extends AlgorithmSpot {

    /** The adjustment being generated. */
    void setAdjustment(Adjustment adjustment);

    /** Its adjustment type. */
    void setAdjustmentType(AdjustmentType adjustmentType);

    /** Account of the adjusted contract. */
    void setAccount(Account account);

    /** The adjusted contract. */
    void setServiceAgreement(ServiceAgreement serviceAgreement);

    /** Accounting date of the adjustment. */
    void setAccountingDate(Date accountingDate);

    /** Date the calculation is performed for (e.g. interest up to this date). */
    void setCalculationDate(Date calculationDate);

    /** Base amount entered with the adjustment (e.g. the amount a percentage applies to). */
    void setBaseAmount(BigDecimal baseAmount);

    /** Characteristics entered with the adjustment. */
    void setCharacteristicData(List<CharacteristicData> characteristicData);

    /** The calculated adjustment amount. */
    BigDecimal getAdjustmentAmount();

    /** Characteristics to store on the adjustment (may add to those passed in). */
    List<CharacteristicData> getCharacteristicData();
}
