package com.splwg.ccb.domain.payment.paymentSegment;

import com.splwg.base.api.datatypes.EntityId;

/**
 * Primary key of {@link PaymentSegment} (CI_PAY_SEG).
 */
public final class PaymentSegment_Id extends EntityId<PaymentSegment> {

    private static final long serialVersionUID = 1L;

    public PaymentSegment_Id(String paymentSegmentId) {
        super(paymentSegmentId);
    }

    @Override
    public PaymentSegment getEntity() {
        return null;
    }
}
