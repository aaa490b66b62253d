package com.splwg.ccb.domain.payment.paymentEvent;

import com.splwg.base.api.BusinessEntity;
import com.splwg.base.api.datatypes.Date;

/**
 * Payment event (CI_PAY_EVENT): one remittance; its tenders (CI_PAY_TNDR) are the money received
 * and its payments (CI_PAY) the distribution of that money to accounts.
 */
public interface PaymentEvent extends BusinessEntity {

    @Override
    PaymentEvent_Id getId();

    /** Payment date (PAY_DT). */
    Date getPaymentDate();
}
