package com.splwg.base.domain.common.installation;

import com.splwg.base.api.algorithms.AlgorithmSpot;
import com.splwg.base.api.datatypes.Bool;
import com.splwg.base.domain.todo.toDoEntry.ToDoEntry_DTO;

/**
 * Installation - To Do Pre-Creation. Algorithms plugged in on the installation record for the
 * system event <b>To Do Pre-Creation</b> run before any To Do entry is created and may change it
 * (role, priority, assignment) or suppress it, e.g. to avoid duplicate entries for the same
 * account and To Do type.
 *
 * <p>Input hard parameter: the entry about to be created. Output: the (possibly changed) entry and
 * whether it should be suppressed.
 *
 * @AlgorithmSpot (algorithmEntityValues = { "installationToDoPreCreation"})
 */
public interface InstallationToDoPreCreationAlgorithmSpot extends AlgorithmSpot {

    /** The To Do entry about to be created. */
    void setToDoEntryDTO(ToDoEntry_DTO toDoEntryDTO);

    /** The entry to create. */
    ToDoEntry_DTO getToDoEntryDTO();

    /** True to suppress creating the entry. */
    Bool getSuppressToDo();
}
