package com.splwg.ccb.domain.billing.billSegment;

import java.math.BigDecimal;

/**
 * A service quantity of a bill segment (CI_BSEG_SQ): quantity identifier, unit of measure,
 * time-of-use and billable quantity. Service quantity rules and rate components read and change
 * these before pricing.
 */
public class BillSegmentServiceQuantityData {

    private String serviceQuantityIdentifierCode;
    private String unitOfMeasureCode;
    private String timeOfUseCode;
    private BigDecimal billableServiceQuantity;
    private BigDecimal initialServiceQuantity;

    /** SQI_CD. */
    public String getServiceQuantityIdentifierCode() {
        return serviceQuantityIdentifierCode;
    }

    public void setServiceQuantityIdentifierCode(String serviceQuantityIdentifierCode) {
        this.serviceQuantityIdentifierCode = serviceQuantityIdentifierCode;
    }

    /** UOM_CD. */
    public String getUnitOfMeasureCode() {
        return unitOfMeasureCode;
    }

    public void setUnitOfMeasureCode(String unitOfMeasureCode) {
        this.unitOfMeasureCode = unitOfMeasureCode;
    }

    /** TOU_CD. */
    public String getTimeOfUseCode() {
        return timeOfUseCode;
    }

    public void setTimeOfUseCode(String timeOfUseCode) {
        this.timeOfUseCode = timeOfUseCode;
    }

    /** BILL_SQ. */
    public BigDecimal getBillableServiceQuantity() {
        return billableServiceQuantity;
    }

    public void setBillableServiceQuantity(BigDecimal billableServiceQuantity) {
        this.billableServiceQuantity = billableServiceQuantity;
    }

    /** Quantity before service quantity rules. */
    public BigDecimal getInitialServiceQuantity() {
        return initialServiceQuantity;
    }

    public void setInitialServiceQuantity(BigDecimal initialServiceQuantity) {
        this.initialServiceQuantity = initialServiceQuantity;
    }
}
