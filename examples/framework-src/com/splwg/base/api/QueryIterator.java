package com.splwg.base.api;

/**
 * Cursor over the results of {@link Query#iterate()}. Close it when not read to the end.
 *
 * @param <T> result type
 */
public interface QueryIterator<T> extends java.util.Iterator<T>, AutoCloseable {

    @Override
    void close();
}
