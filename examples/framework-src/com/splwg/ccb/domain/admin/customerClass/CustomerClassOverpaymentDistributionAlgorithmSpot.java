package com.splwg.ccb.domain.admin.customerClass;

import com.splwg.base.api.algorithms.AlgorithmSpot;
import com.splwg.base.api.datatypes.Money;
import com.splwg.ccb.domain.customerinfo.account.Account;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;
import com.splwg.ccb.domain.payment.payment.Payment;

/**
 * Customer Class - Overpayment Distribution. The algorithm plugged in on the customer class for
 * the system event <b>Overpayment Distribution</b> runs during payment distribution when a payment
 * exceeds what the account's contracts owe, and decides which contract receives the excess
 * (an existing deposit or "overpayment" contract, or a new one it creates).
 *
 * <p>Input hard parameters: the account, the payment and the excess amount. Output: the contract
 * that receives the overpayment.
 *
 * @AlgorithmSpot (algorithmEntityValues = { "customerClassOverpaymentDistribution"})
 */
public interface CustomerClassOverpaymentDistributionAlgorithmSpot extends AlgorithmSpot {

    /** Account being paid. */
    void setAccount(Account account);

    /** The payment being distributed. */
    void setPayment(Payment payment);

    /** Amount left after all debt has been paid. */
    void setOverpaymentAmount(Money overpaymentAmount);

    /** Contract to which the overpayment is distributed. */
    ServiceAgreement getOverpaymentServiceAgreement();
}
