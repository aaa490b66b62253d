package com.splwg.cm.domain.txnfeed.algorithm;

import java.math.BigInteger;

import com.splwg.base.api.businessService.BusinessServiceDispatcher;
import com.splwg.base.api.businessService.BusinessServiceInstance;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.base.domain.batch.batchControl.BatchControl;
import com.splwg.base.domain.batch.batchControl.BatchControlPostProcessingAlgorithmSpot;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * One To Do entry per upload run instead of one per bad record: after the transaction upload
 * batch, the usage transactions in the ERROR status are counted and, when there are any, a single
 * To Do entry with that number is raised for the billing operations team.
 *
 * Plugged on the Batch Control of the transaction upload, post-processing event.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (entityName = toDoType, name = erroredTxnToDoType, required = true, type = entity)
 *            , @AlgorithmSoftParameter (name = errorStatus, type = string)})
 */
public class CmErroredTxnSummaryAlgComp_Impl extends CmErroredTxnSummaryAlgComp_Gen
        implements BatchControlPostProcessingAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmErroredTxnSummaryAlgComp_Impl.class);

    private static final String DEFAULT_ERROR_STATUS = "ERROR";

    private BigInteger batchNumber;

    @Override
    public void invoke() {
        String errorStatus = isBlankOrNull(getErrorStatus()) ? DEFAULT_ERROR_STATUS : getErrorStatus().trim();
        BigInteger errored;
        PreparedStatement ps = createPreparedStatement(
                "SELECT COUNT(*) AS ERRORED FROM CI_TXN_DETAIL WHERE BO_STATUS_CD = :status",
                "CmErroredTxnSummary - errored transactions");
        try {
            ps.bindString("status", errorStatus, "BO_STATUS_CD");
            SQLResultRow row = ps.firstRow();
            errored = notNull(row) && notNull(row.getInteger("ERRORED")) ? row.getInteger("ERRORED") : BigInteger.ZERO;
        } finally {
            ps.close();
        }
        if (errored.signum() == 0) {
            return;
        }
        BusinessServiceInstance toDo = BusinessServiceInstance.create("F1-AddToDoEntry");
        toDo.set("toDoType", getErroredTxnToDoType().getId().getTrimmedValue());
        toDo.set("comments", errored + " transaction(s) in " + errorStatus + " after upload run " + batchNumber);
        BusinessServiceDispatcher.execute(toDo);
        logger.info(errored + " errored transaction(s) reported");
    }

    @Override
    public void setBatchControl(BatchControl batchControl) {
    }

    @Override
    public void setBatchNumber(BigInteger batchNumber) {
        this.batchNumber = batchNumber;
    }

    @Override
    public void setBatchRerunNumber(BigInteger batchRerunNumber) {
    }
}
