package com.splwg.base.api.datatypes;

import com.splwg.base.api.BusinessEntity;

/**
 * Primary key of a business entity. {@link #getEntity()} reads the entity through the session
 * cache; it returns {@code null} when no row exists for the key, so the classic existence check is
 * {@code new Account_Id(acctId).getEntity() == null}.
 *
 * @param <E> the entity interface this key identifies
 */
public abstract class EntityId<E extends BusinessEntity> extends Id {

    private static final long serialVersionUID = 1L;

    protected EntityId(String idValue) {
        super(idValue);
    }

    /** Reads the entity identified by this key, or {@code null} when it does not exist. */
    public abstract E getEntity();
}
