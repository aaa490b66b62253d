package com.splwg.ccb.domain.adjustment.adjustment;

import com.splwg.base.api.DataTransferObject;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.datatypes.Money;
import com.splwg.base.domain.common.currency.Currency_Id;
import com.splwg.ccb.api.lookup.AdjustmentStatusLookup;
import com.splwg.ccb.domain.admin.adjustmentType.AdjustmentType_Id;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement_Id;

/**
 * Transfer object of {@link Adjustment}: one property per column of CI_ADJ; foreign keys are held
 * as their {@code _Id}.
 */
public class Adjustment_DTO implements DataTransferObject<Adjustment> {

    private Adjustment_Id id;
    private ServiceAgreement_Id serviceAgreementId;
    private AdjustmentType_Id adjustmentTypeId;
    private AdjustmentStatusLookup adjustmentStatus;
    private Money adjustmentAmount;
    private Date creationDate;
    private Currency_Id currencyId;

    public Adjustment_Id getId() {
        return id;
    }

    public void setId(Adjustment_Id id) {
        this.id = id;
    }

    public ServiceAgreement_Id getServiceAgreementId() {
        return serviceAgreementId;
    }

    public void setServiceAgreementId(ServiceAgreement_Id serviceAgreementId) {
        this.serviceAgreementId = serviceAgreementId;
    }

    public AdjustmentType_Id getAdjustmentTypeId() {
        return adjustmentTypeId;
    }

    public void setAdjustmentTypeId(AdjustmentType_Id adjustmentTypeId) {
        this.adjustmentTypeId = adjustmentTypeId;
    }

    public AdjustmentStatusLookup getAdjustmentStatus() {
        return adjustmentStatus;
    }

    public void setAdjustmentStatus(AdjustmentStatusLookup adjustmentStatus) {
        this.adjustmentStatus = adjustmentStatus;
    }

    public Money getAdjustmentAmount() {
        return adjustmentAmount;
    }

    public void setAdjustmentAmount(Money adjustmentAmount) {
        this.adjustmentAmount = adjustmentAmount;
    }

    public Date getCreationDate() {
        return creationDate;
    }

    public void setCreationDate(Date creationDate) {
        this.creationDate = creationDate;
    }

    public Currency_Id getCurrencyId() {
        return currencyId;
    }

    public void setCurrencyId(Currency_Id currencyId) {
        this.currencyId = currencyId;
    }

    @Override
    public Adjustment newEntity() {
        throw new UnsupportedOperationException("API stub");
    }

    @Override
    public Adjustment getEntity() {
        return null;
    }
}
