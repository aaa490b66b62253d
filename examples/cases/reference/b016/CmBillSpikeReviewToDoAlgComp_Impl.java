package com.splwg.cm.domain.billing.algorithm;

import java.math.BigDecimal;

import com.splwg.base.api.businessService.BusinessServiceDispatcher;
import com.splwg.base.api.businessService.BusinessServiceInstance;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.api.lookup.BillStatusLookup;
import com.splwg.ccb.domain.admin.customerClass.CustomerClassPostBillCompletionAlgorithmSpot;
import com.splwg.ccb.domain.billing.bill.Bill;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Flags unusual invoices for review after completion: when the completed bill's total is more than
 * the configured percentage above the highest total of the account's previous completed bills, a
 * To Do entry is raised. An account's first bill has nothing to compare with and is never flagged.
 *
 * Plugged on the Customer Class, Post-Bill Completion event.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = increasePercentage, required = true, type = decimal)
 *            , @AlgorithmSoftParameter (entityName = toDoType, name = billSpikeToDoType, required = true, type = entity)})
 */
public class CmBillSpikeReviewToDoAlgComp_Impl extends CmBillSpikeReviewToDoAlgComp_Gen
        implements CustomerClassPostBillCompletionAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmBillSpikeReviewToDoAlgComp_Impl.class);

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private static final String BILL_TOTAL_SQL = """
            SELECT NVL(SUM(CALC.CALC_AMT), 0) AS BILL_TOTAL
              FROM CI_BSEG BSEG, CI_BSEG_CALC CALC
             WHERE BSEG.BILL_ID = :billId
               AND CALC.BSEG_ID = BSEG.BSEG_ID
            """;

    private static final String PREVIOUS_PEAK_SQL = """
            SELECT MAX(T.BILL_TOTAL) AS PEAK_TOTAL
              FROM (SELECT B.BILL_ID, SUM(CALC.CALC_AMT) AS BILL_TOTAL
                      FROM CI_BILL B, CI_BSEG BSEG, CI_BSEG_CALC CALC
                     WHERE B.ACCT_ID = :acctId
                       AND B.BILL_ID <> :billId
                       AND B.BILL_STAT_FLG = :complete
                       AND B.BILL_DT <= :billDate
                       AND BSEG.BILL_ID = B.BILL_ID
                       AND CALC.BSEG_ID = BSEG.BSEG_ID
                     GROUP BY B.BILL_ID) T
            """;

    private Bill bill;

    @Override
    public void invoke() {
        BigDecimal total = BigDecimal.ZERO;
        PreparedStatement totalPs = createPreparedStatement(BILL_TOTAL_SQL, "CmBillSpikeReviewToDo - bill total");
        try {
            totalPs.bindId("billId", bill.getId());
            SQLResultRow row = totalPs.firstRow();
            if (notNull(row) && notNull(row.getBigDecimal("BILL_TOTAL"))) {
                total = row.getBigDecimal("BILL_TOTAL");
            }
        } finally {
            totalPs.close();
        }

        BigDecimal previousPeak = null;
        PreparedStatement peakPs = createPreparedStatement(PREVIOUS_PEAK_SQL, "CmBillSpikeReviewToDo - previous peak");
        try {
            peakPs.bindId("acctId", bill.getAccount().getId());
            peakPs.bindId("billId", bill.getId());
            peakPs.bindLookup("complete", BillStatusLookup.constants.COMPLETE);
            peakPs.bindDate("billDate", notNull(bill.getBillDate()) ? bill.getBillDate() : getProcessDateTime().getDate());
            SQLResultRow row = peakPs.firstRow();
            if (notNull(row)) {
                previousPeak = row.getBigDecimal("PEAK_TOTAL");
            }
        } finally {
            peakPs.close();
        }
        if (isNull(previousPeak)) {
            return;
        }

        BigDecimal allowed = previousPeak.multiply(HUNDRED.add(getIncreasePercentage())).divide(HUNDRED);
        if (total.compareTo(allowed) <= 0) {
            return;
        }
        BusinessServiceInstance toDo = BusinessServiceInstance.create("F1-AddToDoEntry");
        toDo.set("toDoType", getBillSpikeToDoType().getId().getTrimmedValue());
        toDo.set("drillKey1", bill.getId().getIdValue());
        toDo.set("sortKey1", bill.getAccount().getId().getIdValue());
        toDo.set("comments", "Bill total " + total + " vs previous peak " + previousPeak);
        BusinessServiceDispatcher.execute(toDo);
        logger.info("Bill " + bill.getId().getTrimmedValue() + " total " + total + " above " + allowed + "; review To Do raised");
    }

    @Override
    public void setBill(Bill bill) {
        this.bill = bill;
    }
}
