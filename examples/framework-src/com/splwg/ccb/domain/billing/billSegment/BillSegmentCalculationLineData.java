package com.splwg.ccb.domain.billing.billSegment;

import java.math.BigDecimal;
import java.math.BigInteger;

import com.splwg.base.api.datatypes.Bool;
import com.splwg.ccb.domain.admin.generalLedgerDistributionCode.GeneralLedgerDistributionCode;

/**
 * One calculation line of a bill segment under construction (CI_BSEG_CALC_LN).
 */
public class BillSegmentCalculationLineData {

    private BigInteger sequence;
    private BigDecimal calculatedAmount;
    private GeneralLedgerDistributionCode distributionCode;
    private String descriptionOnBill;
    private String priceComponentId;
    private Bool appearOnBill;

    /** SEQNO. */
    public BigInteger getSequence() {
        return sequence;
    }

    public void setSequence(BigInteger sequence) {
        this.sequence = sequence;
    }

    /** CALC_AMT. */
    public BigDecimal getCalculatedAmount() {
        return calculatedAmount;
    }

    public void setCalculatedAmount(BigDecimal calculatedAmount) {
        this.calculatedAmount = calculatedAmount;
    }

    /** DST_ID the line posts to. */
    public GeneralLedgerDistributionCode getDistributionCode() {
        return distributionCode;
    }

    public void setDistributionCode(GeneralLedgerDistributionCode distributionCode) {
        this.distributionCode = distributionCode;
    }

    /** DESCR_ON_BILL. */
    public String getDescriptionOnBill() {
        return descriptionOnBill;
    }

    public void setDescriptionOnBill(String descriptionOnBill) {
        this.descriptionOnBill = descriptionOnBill;
    }

    /** PRICECOMP_ID that priced the line (ORMB). */
    public String getPriceComponentId() {
        return priceComponentId;
    }

    public void setPriceComponentId(String priceComponentId) {
        this.priceComponentId = priceComponentId;
    }

    /** Whether the line is printed. */
    public Bool getAppearOnBill() {
        return appearOnBill;
    }

    public void setAppearOnBill(Bool appearOnBill) {
        this.appearOnBill = appearOnBill;
    }
}
