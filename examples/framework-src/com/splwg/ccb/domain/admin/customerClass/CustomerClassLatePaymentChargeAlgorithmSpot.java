package com.splwg.ccb.domain.admin.customerClass;

import com.splwg.base.api.algorithms.AlgorithmSpot;
import com.splwg.base.api.datatypes.Date;
import com.splwg.ccb.domain.customerinfo.account.Account;

/**
 * Customer Class - Late Payment Charge. The algorithm plugged in on the customer class for the
 * system event <b>Late Payment Charge</b> is called by the late payment charge background process
 * for accounts with overdue debt and levies the charge, usually as a frozen adjustment on the
 * account's charge contract ({@code ServiceAgreement.createFrozenAdjustment}).
 *
 * <p>Input hard parameters: the account, the process date and the date of the last late payment
 * charge. No output.
 *
 * @AlgorithmSpot (algorithmEntityValues = { "customerClassLatePaymentCharge"})
 */
public interface CustomerClassLatePaymentChargeAlgorithmSpot extends AlgorithmSpot {

    /** Account with overdue debt. */
    void setAccount(Account account);

    /** Business date of the late payment charge run. */
    void setProcessDate(Date processDate);

    /** Date the previous late payment charge was levied; null if never. */
    void setLastLatePaymentChargeDate(Date lastLatePaymentChargeDate);
}
