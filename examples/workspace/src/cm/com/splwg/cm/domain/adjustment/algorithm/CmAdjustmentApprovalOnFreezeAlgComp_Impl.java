package com.splwg.cm.domain.adjustment.algorithm;

import java.math.BigDecimal;

import com.splwg.base.api.businessService.BusinessServiceDispatcher;
import com.splwg.base.api.businessService.BusinessServiceInstance;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.api.lookup.FinancialTransactionTypeLookup;
import com.splwg.ccb.domain.adjustment.adjustment.Adjustment;
import com.splwg.ccb.domain.admin.adjustmentType.AdjustmentTypeAdjustmentFreezeAlgorithmSpot;
import com.splwg.cm.domain.common.messageRepository.CmMessageRepository;
import com.splwg.shared.common.ServerMessage;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Routes large manual credits and write-offs to finance for review once they are frozen: when
 * the adjustment amount exceeds the approval limit a To Do entry is raised for the adjustment,
 * and the freezing user is recorded as an adjustment characteristic for the audit trail.
 *
 * Plugged on the Adjustment Type, Adjustment Freeze event of the manual credit adjustment types.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = approvalLimit, required = true, type = decimal)
 *            , @AlgorithmSoftParameter (entityName = toDoType, name = approvalToDoType, required = true, type = entity)
 *            , @AlgorithmSoftParameter (entityName = characteristicType, name = frozenByCharType, type = entity)})
 */
public class CmAdjustmentApprovalOnFreezeAlgComp_Impl extends CmAdjustmentApprovalOnFreezeAlgComp_Gen
        implements AdjustmentTypeAdjustmentFreezeAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmAdjustmentApprovalOnFreezeAlgComp_Impl.class);

    private Adjustment adjustment;

    @Override
    public void invoke() {
        String adjId = adjustment.getId().getIdValue();

        if (notNull(getFrozenByCharType())) {
            recordFreezingUser(adjId);
        }

        BigDecimal amount = adjustment.getAdjustmentAmount().getAmount();
        if (amount.abs().compareTo(getApprovalLimit()) <= 0) {
            return;
        }

        String ftId = findAdjustmentFt(adjId);
        ServerMessage reason = CmMessageRepository.adjustmentNeedsApproval(adjId.trim(), amount, getApprovalLimit());
        BusinessServiceInstance toDo = BusinessServiceInstance.create("F1-AddToDoEntry");
        toDo.set("toDoType", getApprovalToDoType().getId().getTrimmedValue());
        toDo.set("drillKey1", adjId);
        toDo.set("sortKey1", adjustment.getServiceAgreement().getAccount().getId().getIdValue());
        toDo.set("sortKey2", ftId);
        toDo.set("messageCategory", reason.getCategory());
        toDo.set("messageNumber", reason.getNumber());
        toDo.set("messageParm1", adjId.trim());
        BusinessServiceDispatcher.execute(toDo);
        logger.info("Approval To Do raised for adjustment " + adjId.trim() + " (" + amount + ")");
    }

    private String findAdjustmentFt(String adjId) {
        PreparedStatement ps = createPreparedStatement(
                "SELECT FT_ID FROM CI_FT WHERE SIBLING_ID = :adjId AND FT_TYPE_FLG = :ftType",
                "CmAdjustmentApprovalOnFreeze - adjustment FT");
        try {
            ps.bindString("adjId", adjId, "SIBLING_ID");
            ps.bindLookup("ftType", FinancialTransactionTypeLookup.constants.ADJUSTMENT);
            SQLResultRow row = ps.firstRow();
            return row == null ? " " : row.getString("FT_ID");
        } finally {
            ps.close();
        }
    }

    private void recordFreezingUser(String adjId) {
        PreparedStatement insert = createPreparedStatement(
                "INSERT INTO CI_ADJ_CHAR (ADJ_ID, CHAR_TYPE_CD, SEQ_NUM, CHAR_VAL, ADHOC_CHAR_VAL, CHAR_VAL_FK1, SRCH_CHAR_VAL, VERSION) "
                + "SELECT :adjId, :charType, NVL(MAX(SEQ_NUM), 0) + 1, ' ', :userId, ' ', UPPER(:userId), 1 "
                + "FROM CI_ADJ_CHAR WHERE ADJ_ID = :adjId",
                "CmAdjustmentApprovalOnFreeze - record freezing user");
        try {
            insert.bindString("adjId", adjId, "ADJ_ID");
            insert.bindEntity("charType", getFrozenByCharType());
            insert.bindString("userId", getActiveContextUserId(), "ADHOC_CHAR_VAL");
            int rows = insert.executeUpdate();
            logger.debug(rows + " freeze audit characteristic(s) added to adjustment " + adjId.trim());
        } finally {
            insert.close();
        }
    }

    @Override
    public void setAdjustment(Adjustment adjustment) {
        this.adjustment = adjustment;
    }
}
