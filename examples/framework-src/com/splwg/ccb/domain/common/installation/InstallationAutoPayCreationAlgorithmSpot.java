package com.splwg.ccb.domain.common.installation;

import com.splwg.base.api.algorithms.AlgorithmSpot;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.datatypes.Money;
import com.splwg.ccb.domain.billing.bill.Bill;
import com.splwg.ccb.domain.customerinfo.account.Account;
import com.splwg.ccb.domain.payment.paymentEvent.PaymentEvent;

/**
 * Installation - Automatic Payment Creation. The algorithm plugged in on the installation record
 * for the system event <b>Automatic Payment Creation</b> creates the payment event, tender and
 * payment of an account on auto pay when its bill is completed (or on the extract date), and may
 * distribute and freeze the payment right away.
 *
 * <p>Input hard parameters: the account, the bill, the amount to debit and the payment date.
 * Output: the payment event created.
 *
 * @AlgorithmSpot (algorithmEntityValues = { "installationAutoPayCreation"})
 */
public interface InstallationAutoPayCreationAlgorithmSpot extends AlgorithmSpot {

    void setAccount(Account account);

    void setBill(Bill bill);

    /** Amount to debit. */
    void setAutoPayAmount(Money autoPayAmount);

    /** Date the payment is effective. */
    void setPaymentDate(Date paymentDate);

    /** The payment event created. */
    PaymentEvent getPaymentEvent();
}
