package com.northwind.ormb.ext.payments.algo;

import java.util.logging.Logger;

import com.northwind.ormb.ext.common.NwMessages;
import com.northwind.ormb.ext.common.NwToDos;
import com.splwg.base.api.algorithms.AbstractAlgorithmComponent;
import com.splwg.base.api.datatypes.Bool;
import com.splwg.base.api.datatypes.Money;
import com.splwg.base.domain.todo.toDoType.ToDoType_Id;
import com.splwg.ccb.domain.admin.customerClass.CustomerClassAutoPayLimitAlgorithmSpot;
import com.splwg.ccb.domain.billing.bill.Bill;
import com.splwg.ccb.domain.customerinfo.account.Account;

/**
 * Customer Class - Auto Pay Amount Exceeds Limit (RESI direct debit): Direct Debit Guarantee
 * rules - never collect more than the mandate limit. The direct debit is capped at the limit and
 * a To Do entry tells the Payments team to contact the customer about the remainder.
 *
 * Parameters:
 *   1 toDoType (To Do type, required) - To Do type for capped direct debits (NW-AUTOP)
 */
public class NwAutoPayLimitCapAlgo_Impl extends AbstractAlgorithmComponent
        implements CustomerClassAutoPayLimitAlgorithmSpot {

    private static final Logger LOG = Logger.getLogger(NwAutoPayLimitCapAlgo_Impl.class.getName());

    private Account account;
    private Bill bill;
    private Money autoPayAmount;
    private Money maximumAmount;
    private Money adjustedAmount;

    @Override
    public void invoke() {
        adjustedAmount = autoPayAmount;
        if (maximumAmount == null || autoPayAmount.compareTo(maximumAmount) <= 0) {
            return;
        }
        adjustedAmount = maximumAmount;
        ToDoType_Id toDoType = new ToDoType_Id(getStringSoftParameter("toDoType"));
        NwToDos.create(toDoType, NwMessages.AUTO_PAY_CAPPED,
                "Direct debit " + autoPayAmount + " capped to " + maximumAmount,
                account.getId().getIdValue(), bill == null ? null : bill.getId().getIdValue());
        LOG.info(() -> "Auto pay of account " + account.getId().getTrimmedValue() + " capped");
    }

    @Override
    public void setAccount(Account account) {
        this.account = account;
    }

    @Override
    public void setBill(Bill bill) {
        this.bill = bill;
    }

    @Override
    public void setAutoPayAmount(Money autoPayAmount) {
        this.autoPayAmount = autoPayAmount;
    }

    @Override
    public void setMaximumAmount(Money maximumAmount) {
        this.maximumAmount = maximumAmount;
    }

    @Override
    public Bool getCreateAutoPay() {
        return Bool.TRUE;
    }

    @Override
    public Money getAdjustedAutoPayAmount() {
        return adjustedAmount;
    }
}
