package com.splwg.cm.domain.todo.algorithm;

import com.splwg.base.api.lookup.ToDoEntryStatusLookup;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.domain.todo.toDoEntry.ToDoEntry;
import com.splwg.base.domain.todo.toDoEntry.ToDoEntry_DTO;
import com.splwg.base.domain.todo.toDoType.ToDoTypeToDoPostProcessAlgorithmSpot;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Clears duplicate work: when a To Do entry of this type is completed, the other open entries of
 * the same type routed to the same role are completed too.
 *
 * Plugged on the To Do Type, To Do Post-Processing event.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent ()
 */
public class CmCompleteSiblingToDosAlgComp_Impl extends CmCompleteSiblingToDosAlgComp_Gen
        implements ToDoTypeToDoPostProcessAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmCompleteSiblingToDosAlgComp_Impl.class);

    private static final String COMPLETE_SIBLINGS_SQL = """
            UPDATE CI_TD_ENTRY
               SET ENTRY_STATUS_FLG = :complete,
                   COMPLETE_DTTM = :now
             WHERE TD_TYPE_CD = :toDoType
               AND ROLE_ID = :roleId
               AND ENTRY_STATUS_FLG = :open
               AND TD_ENTRY_ID <> :toDoId
            """;

    private ToDoEntry newToDoEntry;

    @Override
    public void invoke() {
        if (isNull(newToDoEntry) || !ToDoEntryStatusLookup.constants.COMPLETE.equals(newToDoEntry.getStatus())) {
            return;
        }
        PreparedStatement ps = createPreparedStatement(COMPLETE_SIBLINGS_SQL, "CmCompleteSiblingToDos - complete open siblings");
        try {
            ps.bindLookup("complete", ToDoEntryStatusLookup.constants.COMPLETE);
            ps.bindDateTime("now", getProcessDateTime());
            ps.bindEntity("toDoType", newToDoEntry.getToDoType());
            ps.bindString("roleId", newToDoEntry.getRoleId(), "ROLE_ID");
            ps.bindLookup("open", ToDoEntryStatusLookup.constants.OPEN);
            ps.bindId("toDoId", newToDoEntry.getId());
            int count = ps.executeUpdate();
            logger.info(count + " sibling To Do(s) of " + newToDoEntry.getId().getTrimmedValue() + " completed");
        } finally {
            ps.close();
        }
    }

    @Override
    public void setNewToDoEntry(ToDoEntry newToDoEntry) {
        this.newToDoEntry = newToDoEntry;
    }

    @Override
    public void setOldToDoEntryDTO(ToDoEntry_DTO oldToDoEntryDTO) {
    }
}
