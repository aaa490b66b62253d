package com.splwg.base.api;

/** A repeating list element of a schema-based instance. */
public abstract class COTSInstanceList implements Iterable<COTSInstanceListNode> {

    /** Appends a new, empty entry and returns it. */
    public abstract COTSInstanceListNode newChild();

    public abstract int getSize();

    public boolean isEmpty() {
        return getSize() == 0;
    }
}
