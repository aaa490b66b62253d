package com.splwg.ccb.domain.admin.serviceAgreementType;

import com.splwg.base.api.algorithms.AlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;
import com.splwg.ccb.domain.financial.financialTransaction.FinancialTransaction;
import com.splwg.ccb.domain.payment.payment.Payment;
import com.splwg.ccb.domain.payment.paymentSegment.PaymentSegment;

/**
 * SA Type - Payment Freeze. Algorithms plugged in on the SA type for the system event
 * <b>Payment Freeze</b> run for each payment segment distributed to a contract of that type when
 * the payment is frozen. Typical uses: release a contract-level collection or dunning hold once
 * the contract is paid, update a payment arrangement, or activate a pending contract on its first
 * payment.
 *
 * <p>Input hard parameters: the payment, the payment segment, the segment's financial transaction
 * (FT_TYPE_FLG 'PS') and the contract. No output.
 *
 * @AlgorithmSpot (algorithmEntityValues = { "saTypePaymentFreeze"})
 */
public interface SaTypePaymentFreezeAlgorithmSpot extends AlgorithmSpot {

    /** The payment being frozen. */
    void setPayment(Payment payment);

    /** The payment segment of the contract. */
    void setPaymentSegment(PaymentSegment paymentSegment);

    /** The payment segment's financial transaction. */
    void setFinancialTransaction(FinancialTransaction financialTransaction);

    /** The contract paid. */
    void setServiceAgreement(ServiceAgreement serviceAgreement);
}
