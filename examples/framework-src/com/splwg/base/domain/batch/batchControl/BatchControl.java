package com.splwg.base.domain.batch.batchControl;

import java.math.BigInteger;

import com.splwg.base.api.BusinessEntity;
import com.splwg.base.api.datatypes.DateTime;

/**
 * Batch control (CI_BATCH_CTRL): registers a batch process, its program, its soft parameters and
 * its run numbers.
 */
public interface BatchControl extends BusinessEntity {

    @Override
    BatchControl_Id getId();

    /** Description in the session language (DESCR). */
    String getDescription();

    /** Run number the next submission will use (NEXT_BATCH_NBR). */
    BigInteger getNextBatchNumber();

    /** When the batch control was last updated (LAST_UPDATE_DTTM). */
    DateTime getLastUpdateDateTime();
}
