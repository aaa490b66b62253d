package com.splwg.base.domain.todo.toDoEntry;

import com.splwg.base.api.datatypes.EntityId;

/**
 * Primary key of {@link ToDoEntry} (CI_TD_ENTRY).
 */
public final class ToDoEntry_Id extends EntityId<ToDoEntry> {

    private static final long serialVersionUID = 1L;

    public ToDoEntry_Id(String toDoEntryId) {
        super(toDoEntryId);
    }

    @Override
    public ToDoEntry getEntity() {
        return null;
    }
}
