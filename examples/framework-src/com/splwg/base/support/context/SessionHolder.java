package com.splwg.base.support.context;

/** Gives access to the session bound to the current thread. */
public final class SessionHolder {

    private SessionHolder() {
    }

    public static Object getSession() {
        throw new UnsupportedOperationException("API stub");
    }
}
