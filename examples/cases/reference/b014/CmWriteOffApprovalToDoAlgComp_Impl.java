package com.splwg.cm.domain.adjustment.algorithm;

import java.math.BigDecimal;

import com.splwg.base.api.businessService.BusinessServiceDispatcher;
import com.splwg.base.api.businessService.BusinessServiceInstance;
import com.splwg.ccb.domain.adjustment.adjustment.Adjustment;
import com.splwg.ccb.domain.admin.adjustmentType.AdjustmentTypeAdjustmentFreezeAlgorithmSpot;
import com.splwg.cm.domain.common.messageRepository.CmMessageRepository;
import com.splwg.shared.common.ServerMessage;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Sends large write-offs to finance for approval: when a frozen adjustment's amount, debit or
 * credit, is bigger than the approval limit a To Do entry of the configured type is created.
 *
 * Plugged on the Adjustment Type, Adjustment Freeze event of the write-off adjustment types.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = approvalLimitAmount, required = true, type = decimal)
 *            , @AlgorithmSoftParameter (entityName = toDoType, name = approvalToDoType, required = true, type = entity)})
 */
public class CmWriteOffApprovalToDoAlgComp_Impl extends CmWriteOffApprovalToDoAlgComp_Gen
        implements AdjustmentTypeAdjustmentFreezeAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmWriteOffApprovalToDoAlgComp_Impl.class);

    private Adjustment adjustment;

    @Override
    public void invoke() {
        BigDecimal amount = adjustment.getAdjustmentAmount().getAmount();
        if (amount.abs().compareTo(getApprovalLimitAmount()) <= 0) {
            return;
        }

        String adjId = adjustment.getId().getTrimmedValue();
        ServerMessage reason = CmMessageRepository.adjustmentNeedsApproval(adjId, amount, getApprovalLimitAmount());
        BusinessServiceInstance toDo = BusinessServiceInstance.create("F1-AddToDoEntry");
        toDo.set("toDoType", getApprovalToDoType().getId().getTrimmedValue());
        toDo.set("drillKey1", adjustment.getId().getIdValue());
        toDo.set("sortKey1", adjustment.getServiceAgreement().getAccount().getId().getIdValue());
        toDo.set("messageCategory", reason.getCategory());
        toDo.set("messageNumber", reason.getNumber());
        toDo.set("messageParm1", adjId);
        BusinessServiceDispatcher.execute(toDo);
        logger.info("Approval To Do raised for adjustment " + adjId + " (" + amount + ")");
    }

    @Override
    public void setAdjustment(Adjustment adjustment) {
        this.adjustment = adjustment;
    }
}
