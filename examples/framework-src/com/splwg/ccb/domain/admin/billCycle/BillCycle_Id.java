package com.splwg.ccb.domain.admin.billCycle;

import com.splwg.base.api.datatypes.EntityId;

/**
 * Primary key of {@link BillCycle} (CI_BILL_CYC).
 */
public final class BillCycle_Id extends EntityId<BillCycle> {

    private static final long serialVersionUID = 1L;

    public BillCycle_Id(String billCycleId) {
        super(billCycleId);
    }

    @Override
    public BillCycle getEntity() {
        return null;
    }
}
