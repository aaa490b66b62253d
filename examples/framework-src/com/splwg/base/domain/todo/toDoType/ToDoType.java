package com.splwg.base.domain.todo.toDoType;

import java.math.BigInteger;

import com.splwg.base.api.BusinessEntity;

/**
 * To Do type (CI_TD_TYPE): the category of a To Do entry with its roles, priority and the message
 * used for the entry's description. Algorithms that raise To Do entries take the To Do type as an
 * entity soft parameter.
 */
public interface ToDoType extends BusinessEntity {

    @Override
    ToDoType_Id getId();

    /** Description in the session language (DESCR). */
    String getDescription();

    /** Default priority of new entries (TD_PRIORITY_FLG). */
    BigInteger getPriority();
}
