package com.splwg.ccb.domain.billing.billSegment;

import com.splwg.base.api.DataTransferObject;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.datatypes.DateTime;
import com.splwg.ccb.api.lookup.BillSegmentStatusLookup;
import com.splwg.ccb.domain.billing.bill.Bill_Id;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement_Id;

/**
 * Transfer object of {@link BillSegment}: one property per column of CI_BSEG; foreign keys are
 * held as their {@code _Id}.
 */
public class BillSegment_DTO implements DataTransferObject<BillSegment> {

    private BillSegment_Id id;
    private Bill_Id billId;
    private ServiceAgreement_Id serviceAgreementId;
    private BillSegmentStatusLookup billSegmentStatus;
    private Date startDate;
    private Date endDate;
    private DateTime creationDateTime;

    public BillSegment_Id getId() {
        return id;
    }

    public void setId(BillSegment_Id id) {
        this.id = id;
    }

    public Bill_Id getBillId() {
        return billId;
    }

    public void setBillId(Bill_Id billId) {
        this.billId = billId;
    }

    public ServiceAgreement_Id getServiceAgreementId() {
        return serviceAgreementId;
    }

    public void setServiceAgreementId(ServiceAgreement_Id serviceAgreementId) {
        this.serviceAgreementId = serviceAgreementId;
    }

    public BillSegmentStatusLookup getBillSegmentStatus() {
        return billSegmentStatus;
    }

    public void setBillSegmentStatus(BillSegmentStatusLookup billSegmentStatus) {
        this.billSegmentStatus = billSegmentStatus;
    }

    public Date getStartDate() {
        return startDate;
    }

    public void setStartDate(Date startDate) {
        this.startDate = startDate;
    }

    public Date getEndDate() {
        return endDate;
    }

    public void setEndDate(Date endDate) {
        this.endDate = endDate;
    }

    public DateTime getCreationDateTime() {
        return creationDateTime;
    }

    public void setCreationDateTime(DateTime creationDateTime) {
        this.creationDateTime = creationDateTime;
    }

    @Override
    public BillSegment newEntity() {
        throw new UnsupportedOperationException("API stub");
    }

    @Override
    public BillSegment getEntity() {
        return null;
    }
}
