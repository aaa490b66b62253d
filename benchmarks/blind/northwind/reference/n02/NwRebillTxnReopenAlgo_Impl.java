package com.northwind.ormb.ext.usage.algo;

import java.util.logging.Logger;

import com.northwind.ormb.ext.common.NwConstants;
import com.splwg.base.api.algorithms.AbstractAlgorithmComponent;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.ccb.domain.admin.customerClass.CustomerClassBillSegmentCancelAlgorithmSpot;
import com.splwg.ccb.domain.billing.billSegment.BillSegment;
import com.splwg.ccb.domain.financial.financialTransaction.FinancialTransaction;

/**
 * Customer Class - Bill Segment Cancel: a segment cancelled for rebilling (wrong meter read,
 * tariff correction) must be re-priced from its usage, so the transactions aggregated into the
 * segment's billable charges go back to VALD and the next TFM run re-rates them. Cancellations
 * with any other reason leave the usage as it is.
 *
 * Parameters:
 *   1 rebillCancelReason (string, required) - cancel reason code used for rebilling (RBIL)
 */
public class NwRebillTxnReopenAlgo_Impl extends AbstractAlgorithmComponent
        implements CustomerClassBillSegmentCancelAlgorithmSpot {

    private static final Logger LOG = Logger.getLogger(NwRebillTxnReopenAlgo_Impl.class.getName());

    private BillSegment billSegment;
    private String cancelReasonCode;

    @Override
    public void invoke() {
        String rebillReason = getStringSoftParameter("rebillCancelReason");
        if (isBlankOrNull(cancelReasonCode) || isBlankOrNull(rebillReason)
                || !cancelReasonCode.trim().equals(rebillReason.trim())) {
            return;
        }
        PreparedStatement ps = createPreparedStatement("""
                UPDATE CI_TXN_DETAIL
                   SET BO_STATUS_CD = :validated,
                       STATUS_UPD_DTTM = :now
                 WHERE TXN_DETAIL_ID IN (SELECT P.TXN_DETAIL_ID
                                           FROM CI_TXN_DTL_PRITM P, CI_BSEG_CALC C
                                          WHERE C.BSEG_ID = :bsegId
                                            AND P.BILLABLE_CHG_ID = C.BILLABLE_CHG_ID)
                """, "NwRebillTxnReopenAlgo - usage of the cancelled segment back to VALD");
        try {
            ps.bindString("validated", NwConstants.TXN_VALIDATED, "BO_STATUS_CD");
            ps.bindDateTime("now", getProcessDateTime());
            ps.bindString("bsegId", billSegment.getId().getIdValue(), "BSEG_ID");
            int count = ps.executeUpdate();
            LOG.info(() -> count + " transactions of segment " + billSegment.getId().getTrimmedValue() + " reopened");
        } finally {
            ps.close();
        }
    }

    @Override
    public void setBillSegment(BillSegment billSegment) {
        this.billSegment = billSegment;
    }

    @Override
    public void setCancelFinancialTransaction(FinancialTransaction cancelFinancialTransaction) {
    }

    @Override
    public void setCancelReasonCode(String cancelReasonCode) {
        this.cancelReasonCode = cancelReasonCode;
    }
}
