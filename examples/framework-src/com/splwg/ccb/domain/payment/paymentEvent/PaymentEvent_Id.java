package com.splwg.ccb.domain.payment.paymentEvent;

import com.splwg.base.api.datatypes.EntityId;

/**
 * Primary key of {@link PaymentEvent} (CI_PAY_EVENT).
 */
public final class PaymentEvent_Id extends EntityId<PaymentEvent> {

    private static final long serialVersionUID = 1L;

    public PaymentEvent_Id(String paymentEventId) {
        super(paymentEventId);
    }

    @Override
    public PaymentEvent getEntity() {
        return null;
    }
}
