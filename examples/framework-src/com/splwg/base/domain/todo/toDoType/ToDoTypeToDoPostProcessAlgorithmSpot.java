package com.splwg.base.domain.todo.toDoType;

import com.splwg.base.api.algorithms.AlgorithmSpot;
import com.splwg.base.domain.todo.toDoEntry.ToDoEntry;
import com.splwg.base.domain.todo.toDoEntry.ToDoEntry_DTO;

/**
 * To Do Type - To Do Post-Processing. Algorithms plugged in on the To Do type for the system event
 * <b>To Do Post-Processing</b> run after an entry of that type is added or changed (assigned,
 * forwarded, completed). Typical uses: when an entry is completed, retry the process that raised
 * it or update the record it points to; when it is assigned, notify the user.
 *
 * <p>Input hard parameters: the entry after the change and its values before the change (null on
 * add). No output.
 *
 * @AlgorithmSpot (algorithmEntityValues = { "toDoTypeToDoPostProcessing"})
 */
public interface ToDoTypeToDoPostProcessAlgorithmSpot extends AlgorithmSpot {

    /** The To Do entry after the change. */
    void setNewToDoEntry(ToDoEntry newToDoEntry);

    /** The entry's values before the change; null when the entry was added. */
    void setOldToDoEntryDTO(ToDoEntry_DTO oldToDoEntryDTO);
}
