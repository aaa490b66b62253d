package com.splwg.ccb.domain.admin.customerClass;

import com.splwg.base.api.algorithms.AlgorithmSpot;
import com.splwg.ccb.domain.payment.payment.Payment;

/**
 * Customer Class - Payment Freeze. Algorithms plugged in on the customer class for the system
 * event <b>Payment Freeze</b> run when a payment of an account of that class is frozen, i.e. after
 * the payment segments' financial transactions (FT_TYPE_FLG 'PS') have been created and frozen.
 * Typical uses: release collection holds, cancel pending late-payment charges, detect overpayments
 * and raise To Do entries, or notify an external system of the payment.
 *
 * <p>Input hard parameter: the frozen payment ({@code CI_PAY}); its payment event, tenders and
 * segments are reachable from it. No output.
 *
 * @AlgorithmSpot (algorithmEntityValues = { "customerClassPaymentFreeze"})
 */
public interface CustomerClassPayFreezeAlgorithmSpot extends AlgorithmSpot {

    /** The payment that was frozen. */
    void setPayment(Payment payment);
}
