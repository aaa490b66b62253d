package com.splwg.ccb.domain.billing.bill;

import com.splwg.base.api.datatypes.EntityId;

/**
 * Primary key of {@link Bill} (CI_BILL).
 */
public final class Bill_Id extends EntityId<Bill> {

    private static final long serialVersionUID = 1L;

    public Bill_Id(String billId) {
        super(billId);
    }

    @Override
    public Bill getEntity() {
        return null;
    }
}
