package com.globex.cm.todo.algorithm;

import com.globex.cm.common.GxSql;
import com.splwg.base.api.datatypes.Bool;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.domain.common.installation.InstallationToDoPreCreationAlgorithmSpot;
import com.splwg.base.domain.todo.toDoEntry.ToDoEntry_DTO;

/**
 * Globex Telecom - Installation To Do Pre-Creation: suppresses a new To Do when an entry of the
 * same type with the same comments (our algorithms put the account / contract id in the
 * comments) is still open or being worked on.
 *
 * @author Globex ORMB team (M. Lindqvist)
 *
@AlgorithmComponent ()
 */
public class GxToDoDuplicateSuppressAlgorithm_Impl extends GxToDoDuplicateSuppressAlgorithm_Gen
        implements InstallationToDoPreCreationAlgorithmSpot {

    private ToDoEntry_DTO toDoEntryDTO;
    private Bool suppress = Bool.FALSE;

    @Override
    public void invoke() {
        if (toDoEntryDTO == null || toDoEntryDTO.getToDoTypeId() == null || isBlankOrNull(toDoEntryDTO.getComments())) {
            return;
        }
        PreparedStatement ps = createPreparedStatement(
                "SELECT TD_ENTRY_ID FROM CI_TD_ENTRY WHERE TD_TYPE_CD = :tdType AND COMMENTS = :comments "
                        + "AND ENTRY_STATUS_FLG IN ('O', 'W')",
                "GxToDoDuplicateSuppress - open duplicate");
        ps.bindId("tdType", toDoEntryDTO.getToDoTypeId());
        ps.bindString("comments", toDoEntryDTO.getComments(), "COMMENTS");
        suppress = Bool.valueOf(GxSql.exists(ps));
    }

    @Override
    public void setToDoEntryDTO(ToDoEntry_DTO toDoEntryDTO) {
        this.toDoEntryDTO = toDoEntryDTO;
    }

    @Override
    public ToDoEntry_DTO getToDoEntryDTO() {
        return toDoEntryDTO;
    }

    @Override
    public Bool getSuppressToDo() {
        return suppress;
    }
}
