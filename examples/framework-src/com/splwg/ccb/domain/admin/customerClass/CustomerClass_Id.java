package com.splwg.ccb.domain.admin.customerClass;

import com.splwg.base.api.datatypes.EntityId;

/**
 * Primary key of {@link CustomerClass} (CI_CUST_CL).
 */
public final class CustomerClass_Id extends EntityId<CustomerClass> {

    private static final long serialVersionUID = 1L;

    public CustomerClass_Id(String customerClassId) {
        super(customerClassId);
    }

    @Override
    public CustomerClass getEntity() {
        return null;
    }
}
