package com.splwg.base.domain.batch.batchControl;

import com.splwg.base.api.datatypes.EntityId;

/**
 * Primary key of {@link BatchControl} (CI_BATCH_CTRL).
 */
public final class BatchControl_Id extends EntityId<BatchControl> {

    private static final long serialVersionUID = 1L;

    public BatchControl_Id(String batchControlId) {
        super(batchControlId);
    }

    @Override
    public BatchControl getEntity() {
        return null;
    }
}
