package com.globex.cm.todo.algorithm;

import com.globex.cm.common.GxConstants;
import com.globex.cm.common.GxSql;
import com.splwg.base.api.lookup.ToDoEntryStatusLookup;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.domain.todo.toDoEntry.ToDoEntry;
import com.splwg.base.domain.todo.toDoEntry.ToDoEntry_DTO;
import com.splwg.base.domain.todo.toDoType.ToDoTypeToDoPostProcessAlgorithmSpot;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Globex Telecom - To Do Post-Processing on the dispute To Do type (GX-DISPT): when the entry is
 * completed, the DISPUTE collection hold of the account in drill key 1 is released.
 *
 * @author Globex ORMB team (M. Lindqvist)
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = holdReasonCode, required = true, type = string)})
 */
public class GxToDoCompleteReleaseHoldAlgorithm_Impl extends GxToDoCompleteReleaseHoldAlgorithm_Gen
        implements ToDoTypeToDoPostProcessAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(GxToDoCompleteReleaseHoldAlgorithm_Impl.class);

    private ToDoEntry newToDoEntry;
    private ToDoEntry_DTO oldToDoEntryDTO;

    @Override
    public void invoke() {
        if (newToDoEntry == null || !ToDoEntryStatusLookup.constants.COMPLETE.equals(newToDoEntry.getStatus())) {
            return;
        }
        if (oldToDoEntryDTO != null && ToDoEntryStatusLookup.constants.COMPLETE.equals(oldToDoEntryDTO.getStatus())) {
            return; // already completed before this change
        }
        String accountId = newToDoEntry.getDrillKeyValue(1);
        if (isBlankOrNull(accountId)) {
            logger.warn("To Do " + newToDoEntry.getId().getTrimmedValue() + " has no account drill key");
            return;
        }
        PreparedStatement upd = createPreparedStatement(
                "UPDATE CM_COLL_HOLD SET HOLD_STATUS_FLG = :released, END_DT = :today, RELEASE_DTTM = :now "
                        + "WHERE ACCT_ID = :acctId AND HOLD_RSN_CD = :reason AND HOLD_STATUS_FLG = :active",
                "GxToDoCompleteReleaseHold - release dispute hold");
        upd.bindString("released", GxConstants.HOLD_RELEASED, "HOLD_STATUS_FLG");
        upd.bindDate("today", getProcessDateTime().getDate());
        upd.bindDateTime("now", getProcessDateTime());
        upd.bindString("acctId", accountId.trim(), "ACCT_ID");
        upd.bindString("reason", getHoldReasonCode(), "HOLD_RSN_CD");
        upd.bindString("active", GxConstants.HOLD_ACTIVE, "HOLD_STATUS_FLG");
        GxSql.update(upd);
    }

    @Override
    public void setNewToDoEntry(ToDoEntry newToDoEntry) {
        this.newToDoEntry = newToDoEntry;
    }

    @Override
    public void setOldToDoEntryDTO(ToDoEntry_DTO oldToDoEntryDTO) {
        this.oldToDoEntryDTO = oldToDoEntryDTO;
    }
}
