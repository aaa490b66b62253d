package com.splwg.base.api;

import com.splwg.base.api.datatypes.EntityId;

/**
 * Common super-interface of every persistent business entity (Bill, Account, Person, Adjustment,
 * To Do Entry...). Each generated entity interface narrows {@link #getId()} to its own
 * {@code _Id} class and adds one navigation getter per column of its table; changes go through
 * the entity's {@code _DTO} ({@code getDTO()} / {@code setDTO(dto)}) so that change handlers and
 * validations run.
 */
public interface BusinessEntity {

    /** Primary key of this entity. */
    EntityId<?> getId();

    /** Deletes the entity; change handlers' {@code validateDelete} / {@code handleDelete} run. */
    void delete();
}
