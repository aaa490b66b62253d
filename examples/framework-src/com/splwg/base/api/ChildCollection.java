package com.splwg.base.api;

/**
 * Collection of child rows owned by a parent entity (characteristics, names, identifiers...).
 * The concrete collection ({@code PersonCharacteristics}, {@code BillCharacteristics}...) adds a
 * {@code newChildDTO()} factory and an {@code add(dto, ...)} method taking the child's key parts.
 *
 * @param <E> the child entity
 */
public interface ChildCollection<E extends BusinessEntity> extends Iterable<E> {

    int size();

    boolean isEmpty();
}
