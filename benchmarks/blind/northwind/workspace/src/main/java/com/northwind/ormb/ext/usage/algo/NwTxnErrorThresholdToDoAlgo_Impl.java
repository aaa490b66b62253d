package com.northwind.ormb.ext.usage.algo;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.logging.Logger;

import com.northwind.ormb.ext.common.NwConstants;
import com.northwind.ormb.ext.common.NwMessages;
import com.northwind.ormb.ext.common.NwToDos;
import com.splwg.base.api.algorithms.AbstractAlgorithmComponent;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.base.domain.batch.batchControl.BatchControl;
import com.splwg.base.domain.batch.batchControl.BatchControlPostProcessingAlgorithmSpot;
import com.splwg.base.domain.todo.toDoType.ToDoType_Id;

/**
 * Batch Control - Post-Processing (C1-TXNIP, C1-TXNVL): after a transaction feed run, counts the
 * usage transactions that went into ERROR on the run's business date. When there are more than
 * the tolerated number, one To Do entry is raised for the Metering Ops team so that they look at
 * the MDM extract before billing starts.
 *
 * Parameters:
 *   1 maxErrorCount (integer, required) - number of errors tolerated per run
 *   2 toDoType (To Do type, required) - type of the To Do entry (NW-TXERR)
 */
public class NwTxnErrorThresholdToDoAlgo_Impl extends AbstractAlgorithmComponent
        implements BatchControlPostProcessingAlgorithmSpot {

    private static final Logger LOG = Logger.getLogger(NwTxnErrorThresholdToDoAlgo_Impl.class.getName());

    private BatchControl batchControl;
    private BigInteger batchNumber;

    @Override
    public void invoke() {
        BigInteger maxErrorCount = getIntegerSoftParameter("maxErrorCount");
        ToDoType_Id toDoType = new ToDoType_Id(getStringSoftParameter("toDoType"));
        Date processDate = getProcessDateTime().getDate();

        BigDecimal errors = BigDecimal.ZERO;
        PreparedStatement ps = createPreparedStatement("""
                SELECT COUNT(*) AS ERR_CNT
                  FROM CI_TXN_DETAIL
                 WHERE BO_STATUS_CD = :status
                   AND CURR_SYS_PRCS_DT = :processDate
                """, "NwTxnErrorThresholdToDoAlgo - transactions in error");
        try {
            ps.bindString("status", NwConstants.TXN_ERROR, "BO_STATUS_CD");
            ps.bindDate("processDate", processDate);
            for (SQLResultRow row : ps.list()) {
                errors = row.getBigDecimal("ERR_CNT");
            }
        } finally {
            ps.close();
        }

        int limit = maxErrorCount == null ? 0 : maxErrorCount.intValue();
        String batchCd = batchControl.getId().getTrimmedValue();
        if (errors.intValue() > limit) {
            String count = errors.toPlainString();
            LOG.warning(() -> count + " usage transactions in error after " + batchCd);
            NwToDos.create(toDoType, NwMessages.TXN_ERRORS_AFTER_RUN,
                    count + " errors after " + batchCd + " run " + batchNumber,
                    batchCd, String.valueOf(batchNumber));
        }
    }

    @Override
    public void setBatchControl(BatchControl batchControl) {
        this.batchControl = batchControl;
    }

    @Override
    public void setBatchNumber(BigInteger batchNumber) {
        this.batchNumber = batchNumber;
    }

    @Override
    public void setBatchRerunNumber(BigInteger batchRerunNumber) {
    }
}
