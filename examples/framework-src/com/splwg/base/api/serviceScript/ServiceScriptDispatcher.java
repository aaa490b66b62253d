package com.splwg.base.api.serviceScript;

/** Executes service scripts. */
public final class ServiceScriptDispatcher {

    private ServiceScriptDispatcher() {
    }

    public static ServiceScriptInstance invoke(ServiceScriptInstance instance) {
        throw new UnsupportedOperationException("API stub");
    }
}
