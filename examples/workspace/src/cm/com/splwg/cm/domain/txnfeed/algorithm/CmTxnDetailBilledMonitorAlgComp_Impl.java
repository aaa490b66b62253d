package com.splwg.cm.domain.txnfeed.algorithm;

import java.math.BigInteger;

import com.splwg.base.api.businessObject.BusinessObjectInstanceKey;
import com.splwg.base.api.lookup.BusinessObjectStatusTransitionConditionLookup;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.base.domain.common.businessObject.BusinessObject;
import com.splwg.base.domain.common.businessObject.BusinessObjectStatusAutoTransitionAlgorithmSpot;
import com.splwg.base.domain.common.businessObject.BusinessObjectStatusCode;
import com.splwg.base.domain.common.businessObject.BusinessObjectStatusReason_Id;
import com.splwg.ccb.api.lookup.BillSegmentStatusLookup;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Moves an aggregated transaction to Billed once every billable charge it contributed to is on a
 * frozen bill segment. Transactions whose charges are still unbilled stay where they are until
 * the next monitor run.
 *
 * Plugged on the transaction detail business object (C1-TxnDetail), Aggregated status, Monitor
 * event; the deferred monitor batch re-checks the status after each bill run.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = billedStatus, required = true, type = string)})
 */
public class CmTxnDetailBilledMonitorAlgComp_Impl extends CmTxnDetailBilledMonitorAlgComp_Gen
        implements BusinessObjectStatusAutoTransitionAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmTxnDetailBilledMonitorAlgComp_Impl.class);

    private static final String BILLING_PROGRESS_SQL = """
            SELECT COUNT(DISTINCT DP.BILLABLE_CHG_ID) AS CHARGES,
                   COUNT(DISTINCT CASE WHEN BS.BSEG_STAT_FLG = :frozen THEN DP.BILLABLE_CHG_ID END) AS BILLED_CHARGES
              FROM CI_TXN_DTL_PRITM DP
              LEFT OUTER JOIN CI_BSEG_CALC BC ON BC.BILLABLE_CHG_ID = DP.BILLABLE_CHG_ID
              LEFT OUTER JOIN CI_BSEG BS ON BS.BSEG_ID = BC.BSEG_ID
             WHERE DP.TXN_DETAIL_ID = :txnId
               AND DP.BILLABLE_CHG_ID <> ' '
            """;

    private BusinessObjectInstanceKey businessObjectKey;
    private BusinessObject businessObject;
    private BusinessObjectStatusCode nextStatus;

    @Override
    public void invoke() {
        String txnId = businessObjectKey.getString("txnDetailId");
        BigInteger charges = BigInteger.ZERO;
        BigInteger billed = BigInteger.ZERO;

        PreparedStatement ps = createPreparedStatement(BILLING_PROGRESS_SQL, "CmTxnDetailBilledMonitor - billing progress");
        try {
            ps.bindString("txnId", txnId, "TXN_DETAIL_ID");
            ps.bindLookup("frozen", BillSegmentStatusLookup.constants.FROZEN);
            SQLResultRow row = ps.firstRow();
            if (notNull(row)) {
                charges = row.getInteger("CHARGES");
                billed = row.getInteger("BILLED_CHARGES");
            }
        } finally {
            ps.close();
        }

        if (charges.signum() > 0 && charges.equals(billed)) {
            nextStatus = new BusinessObjectStatusCode(businessObject.getId(), getBilledStatus());
            logger.debug("Transaction " + txnId + ": all " + charges + " charge(s) billed");
        }
    }

    @Override
    public void setBusinessObjectKey(BusinessObjectInstanceKey businessObjectKey) {
        this.businessObjectKey = businessObjectKey;
    }

    @Override
    public void setBusinessObject(BusinessObject businessObject) {
        this.businessObject = businessObject;
    }

    @Override
    public BusinessObjectStatusCode getNextStatus() {
        return nextStatus;
    }

    @Override
    public boolean getSkipAutoTransitioning() {
        return nextStatus == null;
    }

    @Override
    public boolean getUseDefaultNextStatus() {
        return false;
    }

    @Override
    public BusinessObjectStatusTransitionConditionLookup getNextStatusCondition() {
        return BusinessObjectStatusTransitionConditionLookup.constants.OK;
    }

    @Override
    public BusinessObjectStatusReason_Id getStatusChangeReasonId() {
        return null;
    }

    @Override
    public boolean getForcePostProcessing() {
        return false;
    }
}
