package com.splwg.ccb.domain.admin.cisDivision;

import com.splwg.base.api.datatypes.EntityId;

/**
 * Primary key of {@link CisDivision} (CI_CIS_DIVISION).
 */
public final class CisDivision_Id extends EntityId<CisDivision> {

    private static final long serialVersionUID = 1L;

    public CisDivision_Id(String cisDivisionId) {
        super(cisDivisionId);
    }

    @Override
    public CisDivision getEntity() {
        return null;
    }
}
