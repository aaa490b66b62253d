package com.splwg.base.api.serviceScript;

import com.splwg.base.api.COTSInstanceNode;

/**
 * Request/response document of a service script (a configured script, e.g. {@code CM-CalcLpc}),
 * for calling configuration-tool logic from Java.
 */
public abstract class ServiceScriptInstance extends COTSInstanceNode {

    public static ServiceScriptInstance create(String scriptCode) {
        throw new UnsupportedOperationException("API stub");
    }

    public abstract String getScriptCode();
}
