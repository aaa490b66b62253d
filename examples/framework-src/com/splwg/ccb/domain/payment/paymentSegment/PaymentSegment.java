package com.splwg.ccb.domain.payment.paymentSegment;

import com.splwg.base.api.BusinessEntity;
import com.splwg.base.api.datatypes.Money;
import com.splwg.base.domain.common.currency.Currency;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;
import com.splwg.ccb.domain.payment.payment.Payment;

/**
 * Payment segment (CI_PAY_SEG): the part of a payment applied to one contract.
 */
public interface PaymentSegment extends BusinessEntity {

    @Override
    PaymentSegment_Id getId();

    /** Parent payment (PAY_ID). */
    Payment getPayment();

    /** Contract paid (SA_ID). */
    ServiceAgreement getServiceAgreement();

    /** Amount (PAY_SEG_AMT). */
    Money getPaySegmentAmount();

    /** Currency (CURRENCY_CD). */
    Currency getCurrency();
}
