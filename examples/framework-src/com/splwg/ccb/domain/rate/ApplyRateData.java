package com.splwg.ccb.domain.rate;

import java.util.ArrayList;
import java.util.List;

import com.splwg.base.api.datatypes.Date;
import com.splwg.base.domain.common.currency.Currency;
import com.splwg.ccb.domain.billing.billSegment.BillSegmentServiceQuantityData;
import com.splwg.ccb.domain.billing.billableCharge.BillableCharge;
import com.splwg.ccb.domain.customerinfo.account.Account;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;
import com.splwg.ccb.domain.pricing.priceitem.PriceItem;

/**
 * Input and working state of a rate application: the contract, period, service quantities and
 * (for ORMB) the billable charge and price item being priced. Passed to Rate Component Value,
 * Rate Component Criteria Field and Service Quantity Rule algorithms.
 */
public class ApplyRateData {

    private ServiceAgreement serviceAgreement;
    private Account account;
    private BillableCharge billableCharge;
    private PriceItem priceItem;
    private String priceAssignmentId;
    private String rateScheduleCode;
    private Date startDate;
    private Date endDate;
    private Currency currency;
    private List<BillSegmentServiceQuantityData> serviceQuantities = new ArrayList<>();

    /** Contract being rated. */
    public ServiceAgreement getServiceAgreement() {
        return serviceAgreement;
    }

    public void setServiceAgreement(ServiceAgreement serviceAgreement) {
        this.serviceAgreement = serviceAgreement;
    }

    /** Account of the contract. */
    public Account getAccount() {
        return account;
    }

    public void setAccount(Account account) {
        this.account = account;
    }

    /** Billable charge being priced, null for consumption rating. */
    public BillableCharge getBillableCharge() {
        return billableCharge;
    }

    public void setBillableCharge(BillableCharge billableCharge) {
        this.billableCharge = billableCharge;
    }

    /** Price item being priced (ORMB). */
    public PriceItem getPriceItem() {
        return priceItem;
    }

    public void setPriceItem(PriceItem priceItem) {
        this.priceItem = priceItem;
    }

    /** PRICE_ASGN_ID selected for this pricing. */
    public String getPriceAssignmentId() {
        return priceAssignmentId;
    }

    public void setPriceAssignmentId(String priceAssignmentId) {
        this.priceAssignmentId = priceAssignmentId;
    }

    /** Rate schedule applied. */
    public String getRateScheduleCode() {
        return rateScheduleCode;
    }

    public void setRateScheduleCode(String rateScheduleCode) {
        this.rateScheduleCode = rateScheduleCode;
    }

    /** Start of the rated period. */
    public Date getStartDate() {
        return startDate;
    }

    public void setStartDate(Date startDate) {
        this.startDate = startDate;
    }

    /** End of the rated period. */
    public Date getEndDate() {
        return endDate;
    }

    public void setEndDate(Date endDate) {
        this.endDate = endDate;
    }

    /** Currency of the calculation. */
    public Currency getCurrency() {
        return currency;
    }

    public void setCurrency(Currency currency) {
        this.currency = currency;
    }

    /** Service quantities available to the rate. */
    public List<BillSegmentServiceQuantityData> getServiceQuantities() {
        return serviceQuantities;
    }

    public void setServiceQuantities(List<BillSegmentServiceQuantityData> serviceQuantities) {
        this.serviceQuantities = serviceQuantities;
    }

    /** The billable quantity of service quantity identifier {@code sqiCode}, or null when absent. */
    public java.math.BigDecimal getServiceQuantity(String sqiCode) {
        for (BillSegmentServiceQuantityData sq : serviceQuantities) {
            if (sq.getServiceQuantityIdentifierCode() != null && sq.getServiceQuantityIdentifierCode().trim().equals(sqiCode)) {
                return sq.getBillableServiceQuantity();
            }
        }
        return null;
    }
}
