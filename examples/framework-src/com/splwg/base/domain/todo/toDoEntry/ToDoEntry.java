package com.splwg.base.domain.todo.toDoEntry;

import com.splwg.base.api.BusinessEntity;
import com.splwg.base.api.datatypes.DateTime;
import com.splwg.base.api.lookup.ToDoEntryStatusLookup;
import com.splwg.base.domain.todo.toDoType.ToDoType;

/**
 * To Do entry (CI_TD_ENTRY): a work item routed to a role for a user to resolve. Create entries
 * through the F1-AddToDoEntry business service rather than through this entity.
 */
public interface ToDoEntry extends BusinessEntity {

    @Override
    ToDoEntry_Id getId();

    /** The To Do type (TD_TYPE_CD). */
    ToDoType getToDoType();

    /** Open, being worked on or complete (ENTRY_STATUS_FLG). */
    ToDoEntryStatusLookup getStatus();

    /** Role the entry is routed to (ROLE_ID). */
    String getRoleId();

    /** User working the entry (ASSIGNED_TO). */
    String getAssignedTo();

    /** When the entry was created (CRE_DTTM). */
    DateTime getCreationDateTime();

    /** Free-format comments (COMMENTS). */
    String getComments();

    /**
     * Value of a drill key of the entry (CI_TD_DRLKEY.KEY_VALUE), by sequence starting at 1: the
     * key of the record the entry is about, e.g. the BILL_ID of a bill-in-error To Do. Null when
     * the entry has no such key.
     */
    String getDrillKeyValue(int keySequence);

    ToDoEntry_DTO getDTO();

    void setDTO(ToDoEntry_DTO dto);
}
