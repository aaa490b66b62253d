package com.splwg.ccb.domain.payment.paymentTender;

import com.splwg.base.api.datatypes.EntityId;

/**
 * Primary key of {@link PaymentTender} (CI_PAY_TNDR).
 */
public final class PaymentTender_Id extends EntityId<PaymentTender> {

    private static final long serialVersionUID = 1L;

    public PaymentTender_Id(String paymentTenderId) {
        super(paymentTenderId);
    }

    @Override
    public PaymentTender getEntity() {
        return null;
    }
}
