package com.splwg.base.domain.common.algorithm;

import com.splwg.base.api.datatypes.EntityId;

/**
 * Primary key of {@link Algorithm} (CI_ALG).
 */
public final class Algorithm_Id extends EntityId<Algorithm> {

    private static final long serialVersionUID = 1L;

    public Algorithm_Id(String algorithmId) {
        super(algorithmId);
    }

    @Override
    public Algorithm getEntity() {
        return null;
    }
}
