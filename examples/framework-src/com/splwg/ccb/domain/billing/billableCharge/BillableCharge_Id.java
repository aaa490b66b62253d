package com.splwg.ccb.domain.billing.billableCharge;

import com.splwg.base.api.datatypes.EntityId;

/**
 * Primary key of {@link BillableCharge} (CI_BILL_CHG).
 */
public final class BillableCharge_Id extends EntityId<BillableCharge> {

    private static final long serialVersionUID = 1L;

    public BillableCharge_Id(String billableChargeId) {
        super(billableChargeId);
    }

    @Override
    public BillableCharge getEntity() {
        return null;
    }
}
