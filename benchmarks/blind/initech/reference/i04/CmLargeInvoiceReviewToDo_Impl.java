package com.initech.rmb.invoice.spot;

import java.math.BigDecimal;

import com.initech.rmb.common.InitechAlgorithm;
import com.initech.rmb.common.SoftParams;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.domain.admin.customerClass.CustomerClassPostBillCompletionAlgorithmSpot;
import com.splwg.ccb.domain.billing.bill.Bill;

/**
 * Customer Class - Post-Bill Completion (CM-BIGINV). Finalized invoices above the review threshold
 * go to the credit desk: a To Do entry of the configured type is raised with the bill id as drill
 * key.
 */
@SoftParams({"reviewThresholdAmount:decimal", "creditReviewToDoType:entity"})
public class CmLargeInvoiceReviewToDo_Impl extends InitechAlgorithm implements CustomerClassPostBillCompletionAlgorithmSpot {

    private static final String SQL_INVOICE_TOTAL =
            "SELECT SUM(C.CALC_AMT) AS TOTAL_AMT FROM CI_BSEG B, CI_BSEG_CALC C "
            + "WHERE B.BILL_ID = :billId AND C.BSEG_ID = B.BSEG_ID";

    private Bill bill;

    @Override
    public void invoke() {
        BigDecimal threshold = decimalParam("reviewThresholdAmount");
        BigDecimal total = BigDecimal.ZERO;
        PreparedStatement ps = sql(SQL_INVOICE_TOTAL);
        try {
            ps.bindId("billId", bill.getId());
            SQLResultRow row = ps.firstRow();
            if (row != null && row.getBigDecimal("TOTAL_AMT") != null) {
                total = row.getBigDecimal("TOTAL_AMT");
            }
        } finally {
            ps.close();
        }
        if (threshold != null && total.compareTo(threshold) > 0) {
            raiseToDo(param("creditReviewToDoType"), bill.getId().getIdValue(),
                    "Invoice total " + total.toPlainString() + " above review threshold " + threshold.toPlainString());
        }
    }

    @Override
    public void setBill(Bill bill) {
        this.bill = bill;
    }
}
