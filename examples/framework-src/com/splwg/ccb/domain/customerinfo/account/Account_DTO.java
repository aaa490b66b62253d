package com.splwg.ccb.domain.customerinfo.account;

import com.splwg.base.api.DataTransferObject;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.domain.common.currency.Currency_Id;
import com.splwg.ccb.domain.admin.billCycle.BillCycle_Id;
import com.splwg.ccb.domain.admin.cisDivision.CisDivision_Id;
import com.splwg.ccb.domain.admin.customerClass.CustomerClass_Id;

/**
 * Transfer object of {@link Account}: one property per column of CI_ACCT; foreign keys are held as
 * their {@code _Id}.
 */
public class Account_DTO implements DataTransferObject<Account> {

    private Account_Id id;
    private CustomerClass_Id customerClassId;
    private BillCycle_Id billCycleId;
    private CisDivision_Id divisionId;
    private Currency_Id currencyId;
    private Date setUpDate;
    private String collectionClassCode;

    public Account_Id getId() {
        return id;
    }

    public void setId(Account_Id id) {
        this.id = id;
    }

    public CustomerClass_Id getCustomerClassId() {
        return customerClassId;
    }

    public void setCustomerClassId(CustomerClass_Id customerClassId) {
        this.customerClassId = customerClassId;
    }

    public BillCycle_Id getBillCycleId() {
        return billCycleId;
    }

    public void setBillCycleId(BillCycle_Id billCycleId) {
        this.billCycleId = billCycleId;
    }

    public CisDivision_Id getDivisionId() {
        return divisionId;
    }

    public void setDivisionId(CisDivision_Id divisionId) {
        this.divisionId = divisionId;
    }

    public Currency_Id getCurrencyId() {
        return currencyId;
    }

    public void setCurrencyId(Currency_Id currencyId) {
        this.currencyId = currencyId;
    }

    public Date getSetUpDate() {
        return setUpDate;
    }

    public void setSetUpDate(Date setUpDate) {
        this.setUpDate = setUpDate;
    }

    public String getCollectionClassCode() {
        return collectionClassCode;
    }

    public void setCollectionClassCode(String collectionClassCode) {
        this.collectionClassCode = collectionClassCode;
    }

    @Override
    public Account newEntity() {
        throw new UnsupportedOperationException("API stub");
    }

    @Override
    public Account getEntity() {
        return null;
    }
}
