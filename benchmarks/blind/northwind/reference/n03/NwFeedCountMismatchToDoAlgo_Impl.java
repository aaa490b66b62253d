package com.northwind.ormb.ext.usage.algo;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.logging.Logger;

import com.northwind.ormb.ext.common.NwToDos;
import com.splwg.base.api.algorithms.AbstractAlgorithmComponent;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.base.domain.batch.batchControl.BatchControl;
import com.splwg.base.domain.batch.batchControl.BatchControlPostProcessingAlgorithmSpot;
import com.splwg.base.domain.todo.toDoType.ToDoType_Id;

/**
 * Batch Control - Post-Processing (C1-TXNIP): reconciles the feed files loaded today. A file whose
 * header record count (TXN_CNT) differs from the number of transactions actually loaded for it
 * lost records on the way from the MDM; one To Do entry per such file goes to Metering Ops.
 *
 * Parameters:
 *   1 toDoType (To Do type, required) - To Do type of the mismatch entries (NW-TXCNT)
 */
public class NwFeedCountMismatchToDoAlgo_Impl extends AbstractAlgorithmComponent
        implements BatchControlPostProcessingAlgorithmSpot {

    private static final Logger LOG = Logger.getLogger(NwFeedCountMismatchToDoAlgo_Impl.class.getName());

    /** Feed file %1 (header %2) announced %3 records but %4 were loaded (CI_MSG 93100/207). */
    private static final int FEED_COUNT_MISMATCH = 207;

    private BatchControl batchControl;

    @Override
    public void invoke() {
        ToDoType_Id toDoType = new ToDoType_Id(getStringSoftParameter("toDoType"));
        Date today = getProcessDateTime().getDate();

        PreparedStatement ps = createPreparedStatement("""
                SELECT H.TXN_HEADER_ID, H.TXN_FILE_NAME, H.TXN_CNT,
                       (SELECT COUNT(*) FROM CI_TXN_DETAIL D WHERE D.TXN_HEADER_ID = H.TXN_HEADER_ID) AS LOADED_CNT
                  FROM CI_TXN_HEADER H
                 WHERE H.TXN_HEADER_DTTM >= :today
                   AND H.TXN_HEADER_DTTM < :tomorrow
                 ORDER BY H.TXN_HEADER_ID
                """, "NwFeedCountMismatchToDoAlgo - files loaded today");
        try {
            ps.bindDate("today", today);
            ps.bindDate("tomorrow", today.addDays(1));
            for (SQLResultRow row : ps.list()) {
                BigDecimal announced = row.getBigDecimal("TXN_CNT");
                BigDecimal loaded = row.getBigDecimal("LOADED_CNT");
                if (announced == null) {
                    announced = BigDecimal.ZERO;
                }
                if (announced.compareTo(loaded) != 0) {
                    BigInteger headerId = row.getInteger("TXN_HEADER_ID");
                    String fileName = row.getString("TXN_FILE_NAME");
                    LOG.warning(() -> "Feed file " + fileName + " incomplete");
                    NwToDos.create(toDoType, FEED_COUNT_MISMATCH,
                            fileName + ": " + announced.toPlainString() + " announced, " + loaded.toPlainString() + " loaded",
                            String.valueOf(headerId));
                }
            }
        } finally {
            ps.close();
        }
    }

    @Override
    public void setBatchControl(BatchControl batchControl) {
        this.batchControl = batchControl;
    }

    @Override
    public void setBatchNumber(BigInteger batchNumber) {
    }

    @Override
    public void setBatchRerunNumber(BigInteger batchRerunNumber) {
    }
}
