package com.splwg.base.api.businessService;

/** Executable build: F1-AddToDoEntry writes the To Do entry; other services are not emulated. */
public final class BusinessServiceDispatcher {

    private BusinessServiceDispatcher() {
    }

    public static BusinessServiceInstance execute(BusinessServiceInstance instance) {
        ormbexec.Rt.executeService(instance.getBusinessServiceCode(), ormbexec.Nodes.values(instance));
        return instance;
    }
}
