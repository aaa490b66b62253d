package com.splwg.base.domain.todo.toDoEntry;

import com.splwg.base.api.DataTransferObject;
import com.splwg.base.api.datatypes.DateTime;
import com.splwg.base.api.lookup.ToDoEntryStatusLookup;
import com.splwg.base.domain.todo.toDoType.ToDoType_Id;

/**
 * Transfer object of {@link ToDoEntry}: one property per column of CI_TD_ENTRY; foreign keys are
 * held as their {@code _Id}.
 */
public class ToDoEntry_DTO implements DataTransferObject<ToDoEntry> {

    private ToDoEntry_Id id;
    private ToDoType_Id toDoTypeId;
    private ToDoEntryStatusLookup status;
    private String roleId;
    private String assignedTo;
    private DateTime creationDateTime;
    private String comments;

    public ToDoEntry_Id getId() {
        return id;
    }

    public void setId(ToDoEntry_Id id) {
        this.id = id;
    }

    public ToDoType_Id getToDoTypeId() {
        return toDoTypeId;
    }

    public void setToDoTypeId(ToDoType_Id toDoTypeId) {
        this.toDoTypeId = toDoTypeId;
    }

    public ToDoEntryStatusLookup getStatus() {
        return status;
    }

    public void setStatus(ToDoEntryStatusLookup status) {
        this.status = status;
    }

    public String getRoleId() {
        return roleId;
    }

    public void setRoleId(String roleId) {
        this.roleId = roleId;
    }

    public String getAssignedTo() {
        return assignedTo;
    }

    public void setAssignedTo(String assignedTo) {
        this.assignedTo = assignedTo;
    }

    public DateTime getCreationDateTime() {
        return creationDateTime;
    }

    public void setCreationDateTime(DateTime creationDateTime) {
        this.creationDateTime = creationDateTime;
    }

    public String getComments() {
        return comments;
    }

    public void setComments(String comments) {
        this.comments = comments;
    }

    @Override
    public ToDoEntry newEntity() {
        throw new UnsupportedOperationException("API stub");
    }

    @Override
    public ToDoEntry getEntity() {
        return null;
    }
}
