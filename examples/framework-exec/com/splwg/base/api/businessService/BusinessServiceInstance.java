package com.splwg.base.api.businessService;

import com.splwg.base.api.COTSInstanceNode;

/** Executable build: an instance holds its elements in memory until dispatched. */
public abstract class BusinessServiceInstance extends COTSInstanceNode {

    public static BusinessServiceInstance create(String businessServiceCode) {
        return new ormbexec.ExecServiceInstance(businessServiceCode);
    }

    public abstract String getBusinessServiceCode();
}
