package com.splwg.ccb.domain.billing.billableCharge;

import com.splwg.base.api.DataTransferObject;
import com.splwg.base.api.datatypes.Date;
import com.splwg.ccb.api.lookup.BillableChargeStatusLookup;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement_Id;
import com.splwg.ccb.domain.pricing.priceitem.PriceItem_Id;

/**
 * Transfer object of {@link BillableCharge}: one property per column of CI_BILL_CHG; foreign keys
 * are held as their {@code _Id}.
 */
public class BillableCharge_DTO implements DataTransferObject<BillableCharge> {

    private BillableCharge_Id id;
    private ServiceAgreement_Id serviceAgreementId;
    private Date startDate;
    private Date endDate;
    private BillableChargeStatusLookup billableChargeStatus;
    private PriceItem_Id priceItemId;

    public BillableCharge_Id getId() {
        return id;
    }

    public void setId(BillableCharge_Id id) {
        this.id = id;
    }

    public ServiceAgreement_Id getServiceAgreementId() {
        return serviceAgreementId;
    }

    public void setServiceAgreementId(ServiceAgreement_Id serviceAgreementId) {
        this.serviceAgreementId = serviceAgreementId;
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

    public BillableChargeStatusLookup getBillableChargeStatus() {
        return billableChargeStatus;
    }

    public void setBillableChargeStatus(BillableChargeStatusLookup billableChargeStatus) {
        this.billableChargeStatus = billableChargeStatus;
    }

    public PriceItem_Id getPriceItemId() {
        return priceItemId;
    }

    public void setPriceItemId(PriceItem_Id priceItemId) {
        this.priceItemId = priceItemId;
    }

    @Override
    public BillableCharge newEntity() {
        throw new UnsupportedOperationException("API stub");
    }

    @Override
    public BillableCharge getEntity() {
        return null;
    }
}
