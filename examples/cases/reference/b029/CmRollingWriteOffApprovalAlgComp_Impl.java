package com.splwg.cm.domain.adjustment.algorithm;

import java.math.BigDecimal;

import com.splwg.base.api.businessService.BusinessServiceDispatcher;
import com.splwg.base.api.businessService.BusinessServiceInstance;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.api.lookup.AdjustmentStatusLookup;
import com.splwg.ccb.domain.adjustment.adjustment.Adjustment;
import com.splwg.ccb.domain.admin.adjustmentType.AdjustmentTypeAdjustmentFreezeAlgorithmSpot;
import com.splwg.cm.domain.common.messageRepository.CmMessageRepository;
import com.splwg.shared.common.ServerMessage;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Stops write-offs from being split to stay under the approval limit: when an adjustment is
 * frozen, the frozen adjustments of the same type on the same contract created in the last 30
 * days (this one included) are added up and a To Do entry is raised when the total is over the
 * approval limit.
 *
 * Plugged on the Adjustment Type, Adjustment Freeze event of the write-off adjustment types.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = approvalLimit, required = true, type = decimal)
 *            , @AlgorithmSoftParameter (entityName = toDoType, name = approvalToDoType, required = true, type = entity)})
 */
public class CmRollingWriteOffApprovalAlgComp_Impl extends CmRollingWriteOffApprovalAlgComp_Gen
        implements AdjustmentTypeAdjustmentFreezeAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmRollingWriteOffApprovalAlgComp_Impl.class);

    private static final int WINDOW_DAYS = 30;

    private static final String RECENT_TOTAL_SQL = """
            SELECT NVL(SUM(ADJ_AMT), 0) AS TOTAL
              FROM CI_ADJ
             WHERE SA_ID = :saId
               AND ADJ_TYPE_CD = :adjType
               AND ADJ_STATUS_FLG = :frozen
               AND CRE_DT >= :fromDate
               AND ADJ_ID <> :adjId
            """;

    private Adjustment adjustment;

    @Override
    public void invoke() {
        Date fromDate = getProcessDateTime().getDate().addDays(-WINDOW_DAYS);
        BigDecimal earlier;
        PreparedStatement ps = createPreparedStatement(RECENT_TOTAL_SQL, "CmRollingWriteOffApproval - recent frozen adjustments");
        try {
            ps.bindId("saId", adjustment.getServiceAgreement().getId());
            ps.bindId("adjType", adjustment.getAdjustmentType().getId());
            ps.bindLookup("frozen", AdjustmentStatusLookup.constants.FROZEN);
            ps.bindDate("fromDate", fromDate);
            ps.bindId("adjId", adjustment.getId());
            SQLResultRow row = ps.firstRow();
            earlier = isNull(row) || isNull(row.getBigDecimal("TOTAL")) ? BigDecimal.ZERO : row.getBigDecimal("TOTAL");
        } finally {
            ps.close();
        }
        BigDecimal total = earlier.add(adjustment.getAdjustmentAmount().getAmount());
        if (total.compareTo(getApprovalLimit()) <= 0) {
            return;
        }
        String adjId = adjustment.getId().getIdValue();
        ServerMessage reason = CmMessageRepository.adjustmentNeedsApproval(adjId.trim(), total, getApprovalLimit());
        BusinessServiceInstance toDo = BusinessServiceInstance.create("F1-AddToDoEntry");
        toDo.set("toDoType", getApprovalToDoType().getId().getTrimmedValue());
        toDo.set("drillKey1", adjId);
        toDo.set("sortKey1", adjustment.getServiceAgreement().getId().getIdValue());
        toDo.set("messageCategory", reason.getCategory());
        toDo.set("messageNumber", reason.getNumber());
        toDo.set("comments", "Write-offs of the last " + WINDOW_DAYS + " days total " + total);
        BusinessServiceDispatcher.execute(toDo);
        logger.info("Approval To Do raised for adjustment " + adjId.trim() + " (30 day total " + total + ")");
    }

    @Override
    public void setAdjustment(Adjustment adjustment) {
        this.adjustment = adjustment;
    }
}
