package com.northwind.ormb.ext.usage.algo;

import java.util.logging.Logger;

import com.splwg.base.api.algorithms.AbstractAlgorithmComponent;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.ccb.domain.admin.customerClass.CustomerClassBillSegmentFreezeAlgorithmSpot;
import com.splwg.ccb.domain.billing.billSegment.BillSegment;
import com.splwg.ccb.domain.financial.financialTransaction.FinancialTransaction;

/**
 * Customer Class - Bill Segment Freeze: when a usage bill segment is frozen, the consumption
 * transactions behind it get the bill id stamped in UDF_CHAR_50, so that the customer portal can
 * show "billed on invoice X" per half-hourly read. Path: segment calculation header billable
 * charge -> CI_TXN_DTL_PRITM -> CI_TXN_DETAIL.
 *
 * Parameters: none.
 */
public class NwTxnBilledStampAlgo_Impl extends AbstractAlgorithmComponent
        implements CustomerClassBillSegmentFreezeAlgorithmSpot {

    private static final Logger LOG = Logger.getLogger(NwTxnBilledStampAlgo_Impl.class.getName());

    private BillSegment billSegment;

    @Override
    public void invoke() {
        String billId = billSegment.getBill().getId().getIdValue();
        PreparedStatement ps = createPreparedStatement("""
                UPDATE CI_TXN_DETAIL
                   SET UDF_CHAR_50 = :billId
                 WHERE TXN_DETAIL_ID IN (SELECT P.TXN_DETAIL_ID
                                           FROM CI_TXN_DTL_PRITM P, CI_BSEG_CALC C
                                          WHERE C.BSEG_ID = :bsegId
                                            AND P.BILLABLE_CHG_ID = C.BILLABLE_CHG_ID)
                """, "NwTxnBilledStampAlgo - stamp bill id on billed transactions");
        try {
            ps.bindString("billId", billId.trim(), "UDF_CHAR_50");
            ps.bindString("bsegId", billSegment.getId().getIdValue(), "BSEG_ID");
            int count = ps.executeUpdate();
            LOG.fine(() -> count + " transactions stamped with bill " + billId.trim());
        } finally {
            ps.close();
        }
    }

    @Override
    public void setBillSegment(BillSegment billSegment) {
        this.billSegment = billSegment;
    }

    @Override
    public void setFinancialTransaction(FinancialTransaction financialTransaction) {
    }
}
