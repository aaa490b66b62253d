package com.splwg.ccb.domain.billing.billSegment;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import com.splwg.base.api.datatypes.Date;
import com.splwg.base.domain.common.currency.Currency;
import com.splwg.ccb.domain.billing.billableCharge.BillableCharge;

/**
 * One calculation header of a bill segment under construction (CI_BSEG_CALC): amount, currency,
 * rate schedule and, for ORMB billable charges, the billable charge it bills.
 */
public class BillSegmentCalculationHeaderData {

    private BigInteger headerSequence;
    private BigDecimal calculatedAmount;
    private Currency currency;
    private String rateScheduleCode;
    private BillableCharge billableCharge;
    private Date startDate;
    private Date endDate;
    private List<BillSegmentCalculationLineData> calculationLines = new ArrayList<>();

    /** HEADER_SEQ. */
    public BigInteger getHeaderSequence() {
        return headerSequence;
    }

    public void setHeaderSequence(BigInteger headerSequence) {
        this.headerSequence = headerSequence;
    }

    /** CALC_AMT. */
    public BigDecimal getCalculatedAmount() {
        return calculatedAmount;
    }

    public void setCalculatedAmount(BigDecimal calculatedAmount) {
        this.calculatedAmount = calculatedAmount;
    }

    /** CURRENCY_CD. */
    public Currency getCurrency() {
        return currency;
    }

    public void setCurrency(Currency currency) {
        this.currency = currency;
    }

    /** RS_CD. */
    public String getRateScheduleCode() {
        return rateScheduleCode;
    }

    public void setRateScheduleCode(String rateScheduleCode) {
        this.rateScheduleCode = rateScheduleCode;
    }

    /** BILLABLE_CHG_ID, for billable-charge segments. */
    public BillableCharge getBillableCharge() {
        return billableCharge;
    }

    public void setBillableCharge(BillableCharge billableCharge) {
        this.billableCharge = billableCharge;
    }

    /** START_DT. */
    public Date getStartDate() {
        return startDate;
    }

    public void setStartDate(Date startDate) {
        this.startDate = startDate;
    }

    /** END_DT. */
    public Date getEndDate() {
        return endDate;
    }

    public void setEndDate(Date endDate) {
        this.endDate = endDate;
    }

    /** Lines (CI_BSEG_CALC_LN). */
    public List<BillSegmentCalculationLineData> getCalculationLines() {
        return calculationLines;
    }

    public void setCalculationLines(List<BillSegmentCalculationLineData> calculationLines) {
        this.calculationLines = calculationLines;
    }
}
