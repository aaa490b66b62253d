package com.globex.cm.adjustments.algorithm;

import java.math.BigDecimal;

import com.splwg.base.api.lookup.ToDoEntryStatusLookup;
import com.splwg.base.domain.todo.toDoEntry.ToDoEntry;
import com.splwg.base.domain.todo.toDoEntry.ToDoEntry_DTO;
import com.splwg.ccb.domain.adjustment.adjustment.Adjustment;
import com.splwg.ccb.domain.admin.adjustmentType.AdjustmentTypeAdjustmentFreezeAlgorithmSpot;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Globex Telecom - Adjustment Freeze on the write-off adjustment types (GX-WOFF, GX-WOBAD):
 * a write-off whose absolute amount is above {@code approvalLimit} is routed to the finance
 * controllers with a To Do (the freeze itself goes ahead - finance reviews afterwards).
 *
 * @author Globex ORMB team (P. Haddad)
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = approvalLimit, required = true, type = decimal)
 *            , @AlgorithmSoftParameter (entityName = toDoType, name = approvalToDoType, required = true, type = entity)
 *            , @AlgorithmSoftParameter (name = approvalRole, required = true, type = string)})
 */
public class GxWriteOffApprovalAlgorithm_Impl extends GxWriteOffApprovalAlgorithm_Gen
        implements AdjustmentTypeAdjustmentFreezeAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(GxWriteOffApprovalAlgorithm_Impl.class);

    private Adjustment adjustment;

    @Override
    public void invoke() {
        BigDecimal amount = adjustment.getAdjustmentAmount().getAmount();
        if (amount.abs().compareTo(getApprovalLimit()) <= 0) {
            return;
        }
        logger.info("Write-off " + adjustment.getId().getTrimmedValue() + " above limit, To Do raised");
        ToDoEntry_DTO toDo = createDTO(ToDoEntry.class);
        toDo.setToDoTypeId(getApprovalToDoType().getId());
        toDo.setStatus(ToDoEntryStatusLookup.constants.OPEN);
        toDo.setRoleId(getApprovalRole());
        toDo.setCreationDateTime(getProcessDateTime());
        toDo.setComments("Write-off " + adjustment.getId().getTrimmedValue() + " of " + amount.toPlainString()
                + " exceeds " + getApprovalLimit().toPlainString());
        toDo.newEntity();
    }

    @Override
    public void setAdjustment(Adjustment adjustment) {
        this.adjustment = adjustment;
    }
}
