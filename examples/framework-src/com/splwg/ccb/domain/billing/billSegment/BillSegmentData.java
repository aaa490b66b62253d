package com.splwg.ccb.domain.billing.billSegment;

import java.util.ArrayList;
import java.util.List;

import com.splwg.base.api.datatypes.Date;
import com.splwg.ccb.api.lookup.BillSegmentStatusLookup;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;

/**
 * Bill segment under construction, produced by Bill Segment Type creation algorithms: period,
 * calculation headers (CI_BSEG_CALC) with their lines (CI_BSEG_CALC_LN) and service quantities
 * (CI_BSEG_SQ).
 */
public class BillSegmentData {

    private ServiceAgreement serviceAgreement;
    private Date startDate;
    private Date endDate;
    private List<BillSegmentCalculationHeaderData> calculationHeaders = new ArrayList<>();
    private List<BillSegmentServiceQuantityData> serviceQuantities = new ArrayList<>();
    private BillSegmentStatusLookup billSegmentStatus;

    /** Contract billed. */
    public ServiceAgreement getServiceAgreement() {
        return serviceAgreement;
    }

    public void setServiceAgreement(ServiceAgreement serviceAgreement) {
        this.serviceAgreement = serviceAgreement;
    }

    /** Start of the billed period. */
    public Date getStartDate() {
        return startDate;
    }

    public void setStartDate(Date startDate) {
        this.startDate = startDate;
    }

    /** End of the billed period. */
    public Date getEndDate() {
        return endDate;
    }

    public void setEndDate(Date endDate) {
        this.endDate = endDate;
    }

    /** Calculation headers (CI_BSEG_CALC). */
    public List<BillSegmentCalculationHeaderData> getCalculationHeaders() {
        return calculationHeaders;
    }

    public void setCalculationHeaders(List<BillSegmentCalculationHeaderData> calculationHeaders) {
        this.calculationHeaders = calculationHeaders;
    }

    /** Service quantities (CI_BSEG_SQ). */
    public List<BillSegmentServiceQuantityData> getServiceQuantities() {
        return serviceQuantities;
    }

    public void setServiceQuantities(List<BillSegmentServiceQuantityData> serviceQuantities) {
        this.serviceQuantities = serviceQuantities;
    }

    /** Status the segment is created in. */
    public BillSegmentStatusLookup getBillSegmentStatus() {
        return billSegmentStatus;
    }

    public void setBillSegmentStatus(BillSegmentStatusLookup billSegmentStatus) {
        this.billSegmentStatus = billSegmentStatus;
    }
}
