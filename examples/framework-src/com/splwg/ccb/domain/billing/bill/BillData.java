package com.splwg.ccb.domain.billing.bill;

import java.util.ArrayList;
import java.util.List;

import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.datatypes.Money;
import com.splwg.ccb.domain.billing.billSegment.BillSegment;
import com.splwg.ccb.domain.customerinfo.account.Account;

/**
 * Bill being completed, handed to Customer Class Bill Completion algorithms. Algorithms may change
 * the due date and the bill's characteristics before the bill is written back as complete.
 */
public class BillData {

    private Bill bill;
    private Account account;
    private Date billDate;
    private Date dueDate;
    private List<BillSegment> billSegments = new ArrayList<>();
    private Money totalAmount;

    /** The pending bill. */
    public Bill getBill() {
        return bill;
    }

    public void setBill(Bill bill) {
        this.bill = bill;
    }

    /** Billed account. */
    public Account getAccount() {
        return account;
    }

    public void setAccount(Account account) {
        this.account = account;
    }

    /** Bill date. */
    public Date getBillDate() {
        return billDate;
    }

    public void setBillDate(Date billDate) {
        this.billDate = billDate;
    }

    /** Due date; Bill Completion algorithms may override it. */
    public Date getDueDate() {
        return dueDate;
    }

    public void setDueDate(Date dueDate) {
        this.dueDate = dueDate;
    }

    /** Frozen and freezable segments of the bill. */
    public List<BillSegment> getBillSegments() {
        return billSegments;
    }

    public void setBillSegments(List<BillSegment> billSegments) {
        this.billSegments = billSegments;
    }

    /** Sum of the bill's current amounts. */
    public Money getTotalAmount() {
        return totalAmount;
    }

    public void setTotalAmount(Money totalAmount) {
        this.totalAmount = totalAmount;
    }
}
