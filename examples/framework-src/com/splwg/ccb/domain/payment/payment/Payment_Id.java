package com.splwg.ccb.domain.payment.payment;

import com.splwg.base.api.datatypes.EntityId;

/**
 * Primary key of {@link Payment} (CI_PAY).
 */
public final class Payment_Id extends EntityId<Payment> {

    private static final long serialVersionUID = 1L;

    public Payment_Id(String paymentId) {
        super(paymentId);
    }

    @Override
    public Payment getEntity() {
        return null;
    }
}
