package com.splwg.base.api;

/**
 * Mutable copy of an entity's column values. Obtain one with {@code createDTO(Entity.class)} to
 * insert a row ({@link #newEntity()}), or with {@code entity.getDTO()} to change one and write it
 * back with {@code entity.setDTO(dto)}.
 *
 * @param <E> the entity this transfer object belongs to
 */
public interface DataTransferObject<E extends BusinessEntity> {

    /** Inserts a new row from this DTO and returns the new entity (change handlers run). */
    E newEntity();

    /** The entity this DTO was read from, or {@code null} for a DTO that was never saved. */
    E getEntity();
}
