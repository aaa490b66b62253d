package com.splwg.cm.domain.billing.algorithm;

import java.math.BigDecimal;

import com.splwg.base.api.businessService.BusinessServiceDispatcher;
import com.splwg.base.api.businessService.BusinessServiceInstance;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.domain.admin.customerClass.CustomerClassBillSegmentCancelAlgorithmSpot;
import com.splwg.ccb.domain.billing.billSegment.BillSegment;
import com.splwg.ccb.domain.financial.financialTransaction.FinancialTransaction;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Asks billing to rebill an account when a valuable bill segment is cancelled: when the calculated
 * amount of the cancelled segment is above the review threshold a To Do entry of the configured
 * type is raised for the segment's account.
 *
 * Plugged on the Customer Class, Bill Segment Cancel event.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = reviewThresholdAmount, required = true, type = decimal)
 *            , @AlgorithmSoftParameter (entityName = toDoType, name = rebillToDoType, required = true, type = entity)})
 */
public class CmRebillToDoOnSegmentCancelAlgComp_Impl extends CmRebillToDoOnSegmentCancelAlgComp_Gen
        implements CustomerClassBillSegmentCancelAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmRebillToDoOnSegmentCancelAlgComp_Impl.class);

    private static final String SEGMENT_AMOUNT_SQL =
            "SELECT NVL(SUM(CALC_AMT), 0) AS SEG_AMT FROM CI_BSEG_CALC WHERE BSEG_ID = :bsegId";

    private BillSegment billSegment;
    private String cancelReasonCode;

    @Override
    public void invoke() {
        BigDecimal amount = BigDecimal.ZERO;
        PreparedStatement ps = createPreparedStatement(SEGMENT_AMOUNT_SQL, "CmRebillToDoOnSegmentCancel - segment amount");
        try {
            ps.bindId("bsegId", billSegment.getId());
            SQLResultRow row = ps.firstRow();
            if (notNull(row) && notNull(row.getBigDecimal("SEG_AMT"))) {
                amount = row.getBigDecimal("SEG_AMT");
            }
        } finally {
            ps.close();
        }
        if (amount.compareTo(getReviewThresholdAmount()) <= 0) {
            return;
        }

        String accountId = billSegment.getServiceAgreement().getAccount().getId().getIdValue();
        BusinessServiceInstance toDo = BusinessServiceInstance.create("F1-AddToDoEntry");
        toDo.set("toDoType", getRebillToDoType().getId().getTrimmedValue());
        toDo.set("drillKey1", accountId);
        toDo.set("sortKey1", billSegment.getId().getIdValue());
        toDo.set("comments", "Bill segment " + billSegment.getId().getTrimmedValue() + " of " + amount
                + " cancelled (" + (cancelReasonCode == null ? "" : cancelReasonCode.trim()) + "); rebill the account");
        BusinessServiceDispatcher.execute(toDo);
        logger.info("Rebill To Do raised for account " + accountId.trim());
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
