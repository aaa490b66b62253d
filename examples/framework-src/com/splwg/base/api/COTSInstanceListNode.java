package com.splwg.base.api;

/** One entry of a {@link COTSInstanceList}. */
public abstract class COTSInstanceListNode extends COTSInstanceNode {

    /** Removes this entry from its list. */
    public void delete() {
        throw new UnsupportedOperationException("API stub");
    }
}
