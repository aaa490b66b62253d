package com.splwg.ccb.domain.customerinfo.serviceAgreement;

import com.splwg.base.api.DataTransferObject;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.domain.common.currency.Currency_Id;
import com.splwg.ccb.api.lookup.ServiceAgreementStatusLookup;
import com.splwg.ccb.domain.admin.serviceAgreementType.ServiceAgreementType_Id;
import com.splwg.ccb.domain.customerinfo.account.Account_Id;

/**
 * Transfer object of {@link ServiceAgreement}: one property per column of CI_SA; foreign keys are
 * held as their {@code _Id}.
 */
public class ServiceAgreement_DTO implements DataTransferObject<ServiceAgreement> {

    private ServiceAgreement_Id id;
    private Account_Id accountId;
    private ServiceAgreementType_Id serviceAgreementTypeId;
    private ServiceAgreementStatusLookup status;
    private Date startDate;
    private Date endDate;
    private Currency_Id currencyId;

    public ServiceAgreement_Id getId() {
        return id;
    }

    public void setId(ServiceAgreement_Id id) {
        this.id = id;
    }

    public Account_Id getAccountId() {
        return accountId;
    }

    public void setAccountId(Account_Id accountId) {
        this.accountId = accountId;
    }

    public ServiceAgreementType_Id getServiceAgreementTypeId() {
        return serviceAgreementTypeId;
    }

    public void setServiceAgreementTypeId(ServiceAgreementType_Id serviceAgreementTypeId) {
        this.serviceAgreementTypeId = serviceAgreementTypeId;
    }

    public ServiceAgreementStatusLookup getStatus() {
        return status;
    }

    public void setStatus(ServiceAgreementStatusLookup status) {
        this.status = status;
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

    public Currency_Id getCurrencyId() {
        return currencyId;
    }

    public void setCurrencyId(Currency_Id currencyId) {
        this.currencyId = currencyId;
    }

    @Override
    public ServiceAgreement newEntity() {
        throw new UnsupportedOperationException("API stub");
    }

    @Override
    public ServiceAgreement getEntity() {
        return null;
    }
}
