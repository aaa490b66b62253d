package com.splwg.ccb.domain.customerinfo.premise;

import com.splwg.base.api.datatypes.EntityId;

/**
 * Primary key of {@link Premise} (CI_PREM).
 */
public final class Premise_Id extends EntityId<Premise> {

    private static final long serialVersionUID = 1L;

    public Premise_Id(String premiseId) {
        super(premiseId);
    }

    @Override
    public Premise getEntity() {
        return null;
    }
}
