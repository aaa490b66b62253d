package com.splwg.ccb.domain.admin.customerClass;

import com.splwg.base.api.algorithms.AlgorithmSpot;
import com.splwg.base.api.datatypes.Bool;
import com.splwg.base.api.datatypes.Money;
import com.splwg.ccb.domain.billing.bill.Bill;
import com.splwg.ccb.domain.customerinfo.account.Account;

/**
 * Customer Class - Auto Pay Amount Exceeds Limit. The algorithm plugged in on the customer class
 * for the system event <b>Auto Pay Amount Exceeds Limit</b> runs at bill completion when the
 * automatic payment to be created for the bill is above the limit on the account's auto pay
 * option, and decides what happens (cap the auto pay, skip it, raise a To Do entry).
 *
 * <p>Input hard parameters: account, bill, auto pay amount and the limit. Output: whether the auto
 * pay is still created, and the amount to use.
 *
 * @AlgorithmSpot (algorithmEntityValues = { "customerClassAutoPayLimit"})
 */
public interface CustomerClassAutoPayLimitAlgorithmSpot extends AlgorithmSpot {

    void setAccount(Account account);

    void setBill(Bill bill);

    /** Amount the auto pay would debit. */
    void setAutoPayAmount(Money autoPayAmount);

    /** Maximum amount configured on the account's auto pay option. */
    void setMaximumAmount(Money maximumAmount);

    /** False to skip creating the auto pay. */
    Bool getCreateAutoPay();

    /** Amount to debit when the auto pay is created. */
    Money getAdjustedAutoPayAmount();
}
