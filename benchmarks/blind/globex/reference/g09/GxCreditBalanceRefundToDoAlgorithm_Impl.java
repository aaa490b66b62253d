package com.globex.cm.adjustments.algorithm;

import java.math.BigDecimal;

import com.globex.cm.common.GxSql;
import com.splwg.base.api.lookup.ToDoEntryStatusLookup;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.domain.todo.toDoEntry.ToDoEntry;
import com.splwg.base.domain.todo.toDoEntry.ToDoEntry_DTO;
import com.splwg.ccb.domain.adjustment.adjustment.Adjustment;
import com.splwg.ccb.domain.admin.adjustmentType.AdjustmentTypeAdjustmentFreezeAlgorithmSpot;

/**
 * Globex Telecom - Adjustment Freeze: when the frozen adjustment leaves its contract in credit,
 * the refunds team gets a To Do to review a refund.
 *
 * @author Globex ORMB team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (entityName = toDoType, name = refundReviewToDoType, required = true, type = entity)
 *            , @AlgorithmSoftParameter (name = refundRole, required = true, type = string)})
 */
public class GxCreditBalanceRefundToDoAlgorithm_Impl extends GxCreditBalanceRefundToDoAlgorithm_Gen
        implements AdjustmentTypeAdjustmentFreezeAlgorithmSpot {

    private Adjustment adjustment;

    @Override
    public void invoke() {
        PreparedStatement ps = createPreparedStatement(
                "SELECT SUM(CUR_AMT) AS BAL FROM CI_FT WHERE SA_ID = :saId AND FREEZE_SW = 'Y'",
                "GxCreditBalanceRefundToDo - contract balance");
        ps.bindId("saId", adjustment.getServiceAgreement().getId());
        BigDecimal balance = GxSql.firstDecimal(ps, "BAL");
        if (balance.signum() >= 0) {
            return;
        }
        ToDoEntry_DTO toDo = createDTO(ToDoEntry.class);
        toDo.setToDoTypeId(getRefundReviewToDoType().getId());
        toDo.setStatus(ToDoEntryStatusLookup.constants.OPEN);
        toDo.setRoleId(getRefundRole());
        toDo.setCreationDateTime(getProcessDateTime());
        toDo.setComments("Contract " + adjustment.getServiceAgreement().getId().getTrimmedValue() + " in credit "
                + balance.toPlainString() + " after adjustment " + adjustment.getId().getTrimmedValue());
        toDo.newEntity();
    }

    @Override
    public void setAdjustment(Adjustment adjustment) {
        this.adjustment = adjustment;
    }
}
