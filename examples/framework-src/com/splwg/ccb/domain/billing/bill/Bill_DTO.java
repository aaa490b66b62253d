package com.splwg.ccb.domain.billing.bill;

import com.splwg.base.api.DataTransferObject;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.datatypes.DateTime;
import com.splwg.ccb.api.lookup.BillStatusLookup;
import com.splwg.ccb.domain.admin.billCycle.BillCycle_Id;
import com.splwg.ccb.domain.customerinfo.account.Account_Id;

/**
 * Transfer object of {@link Bill}: one property per column of CI_BILL; foreign keys are held as
 * their {@code _Id}.
 */
public class Bill_DTO implements DataTransferObject<Bill> {

    private Bill_Id id;
    private Account_Id accountId;
    private BillStatusLookup billStatus;
    private Date billDate;
    private Date dueDate;
    private BillCycle_Id billCycleId;
    private Date windowStartDate;
    private DateTime completionDateTime;
    private Bill_Id creditNoteForBillId;

    public Bill_Id getId() {
        return id;
    }

    public void setId(Bill_Id id) {
        this.id = id;
    }

    public Account_Id getAccountId() {
        return accountId;
    }

    public void setAccountId(Account_Id accountId) {
        this.accountId = accountId;
    }

    public BillStatusLookup getBillStatus() {
        return billStatus;
    }

    public void setBillStatus(BillStatusLookup billStatus) {
        this.billStatus = billStatus;
    }

    public Date getBillDate() {
        return billDate;
    }

    public void setBillDate(Date billDate) {
        this.billDate = billDate;
    }

    public Date getDueDate() {
        return dueDate;
    }

    public void setDueDate(Date dueDate) {
        this.dueDate = dueDate;
    }

    public BillCycle_Id getBillCycleId() {
        return billCycleId;
    }

    public void setBillCycleId(BillCycle_Id billCycleId) {
        this.billCycleId = billCycleId;
    }

    public Date getWindowStartDate() {
        return windowStartDate;
    }

    public void setWindowStartDate(Date windowStartDate) {
        this.windowStartDate = windowStartDate;
    }

    public DateTime getCompletionDateTime() {
        return completionDateTime;
    }

    public void setCompletionDateTime(DateTime completionDateTime) {
        this.completionDateTime = completionDateTime;
    }

    public Bill_Id getCreditNoteForBillId() {
        return creditNoteForBillId;
    }

    public void setCreditNoteForBillId(Bill_Id creditNoteForBillId) {
        this.creditNoteForBillId = creditNoteForBillId;
    }

    @Override
    public Bill newEntity() {
        throw new UnsupportedOperationException("API stub");
    }

    @Override
    public Bill getEntity() {
        return null;
    }
}
