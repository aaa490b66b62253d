package com.globex.cm.todo.algorithm;

import java.math.BigDecimal;

import com.globex.cm.common.GxSql;
import com.splwg.base.api.lookup.ToDoEntryStatusLookup;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.domain.todo.toDoEntry.ToDoEntry;
import com.splwg.base.domain.todo.toDoEntry.ToDoEntry_DTO;
import com.splwg.base.domain.todo.toDoType.ToDoTypeToDoPostProcessAlgorithmSpot;

/**
 * Globex Telecom - To Do Post-Processing on the overdue review To Do type (GX-OVRRV): when the
 * review is completed but the account of drill key 1 still has a positive balance, a follow-up
 * To Do is opened.
 *
 * @author Globex ORMB team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (entityName = toDoType, name = followUpToDoType, required = true, type = entity)
 *            , @AlgorithmSoftParameter (name = followUpRole, required = true, type = string)})
 */
public class GxOverdueFollowUpToDoAlgorithm_Impl extends GxOverdueFollowUpToDoAlgorithm_Gen
        implements ToDoTypeToDoPostProcessAlgorithmSpot {

    private ToDoEntry newToDoEntry;
    private ToDoEntry_DTO oldToDoEntryDTO;

    @Override
    public void invoke() {
        if (newToDoEntry == null || !ToDoEntryStatusLookup.constants.COMPLETE.equals(newToDoEntry.getStatus())) {
            return;
        }
        if (oldToDoEntryDTO != null && ToDoEntryStatusLookup.constants.COMPLETE.equals(oldToDoEntryDTO.getStatus())) {
            return;
        }
        String accountId = newToDoEntry.getDrillKeyValue(1);
        if (isBlankOrNull(accountId)) {
            return;
        }
        PreparedStatement ps = createPreparedStatement(
                "SELECT SUM(FT.CUR_AMT) AS BAL FROM CI_FT FT, CI_SA SA WHERE FT.SA_ID = SA.SA_ID "
                        + "AND SA.ACCT_ID = :acctId AND FT.FREEZE_SW = 'Y'",
                "GxOverdueFollowUpToDo - account balance");
        ps.bindString("acctId", accountId.trim(), "ACCT_ID");
        BigDecimal balance = GxSql.firstDecimal(ps, "BAL");
        if (balance.signum() <= 0) {
            return;
        }
        ToDoEntry_DTO toDo = createDTO(ToDoEntry.class);
        toDo.setToDoTypeId(getFollowUpToDoType().getId());
        toDo.setStatus(ToDoEntryStatusLookup.constants.OPEN);
        toDo.setRoleId(getFollowUpRole());
        toDo.setCreationDateTime(getProcessDateTime());
        toDo.setComments("Account " + accountId.trim() + " still owes " + balance.toPlainString()
                + " after review " + newToDoEntry.getId().getTrimmedValue());
        toDo.newEntity();
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
