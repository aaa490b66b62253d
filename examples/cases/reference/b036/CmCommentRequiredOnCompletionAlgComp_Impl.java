package com.splwg.cm.domain.todo.algorithm;

import com.splwg.base.api.lookup.ToDoEntryStatusLookup;
import com.splwg.base.domain.todo.toDoEntry.ToDoEntry;
import com.splwg.base.domain.todo.toDoEntry.ToDoEntry_DTO;
import com.splwg.base.domain.todo.toDoType.ToDoTypeToDoPostProcessAlgorithmSpot;
import com.splwg.cm.domain.common.messageRepository.CmMessageRepository;

/**
 * Dispute To Do entries need a written outcome: an entry of the type cannot be completed while
 * its comments are empty.
 *
 * Plugged on the To Do Type, To Do Post-Processing event.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent ()
 */
public class CmCommentRequiredOnCompletionAlgComp_Impl extends CmCommentRequiredOnCompletionAlgComp_Gen
        implements ToDoTypeToDoPostProcessAlgorithmSpot {

    private ToDoEntry newToDoEntry;

    @Override
    public void invoke() {
        if (!ToDoEntryStatusLookup.constants.COMPLETE.equals(newToDoEntry.getStatus())) {
            return;
        }
        if (isBlankOrNull(newToDoEntry.getComments())) {
            addError(CmMessageRepository.requiredNodeNotPopulated("comments"));
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
