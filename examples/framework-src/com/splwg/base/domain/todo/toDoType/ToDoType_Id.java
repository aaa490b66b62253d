package com.splwg.base.domain.todo.toDoType;

import com.splwg.base.api.datatypes.EntityId;

/**
 * Primary key of {@link ToDoType} (CI_TD_TYPE).
 */
public final class ToDoType_Id extends EntityId<ToDoType> {

    private static final long serialVersionUID = 1L;

    public ToDoType_Id(String toDoTypeId) {
        super(toDoTypeId);
    }

    @Override
    public ToDoType getEntity() {
        return null;
    }
}
