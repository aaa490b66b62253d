package com.splwg.base.api.businessService;

/** Executes business services; the returned instance holds the response elements. */
public final class BusinessServiceDispatcher {

    private BusinessServiceDispatcher() {
    }

    public static BusinessServiceInstance execute(BusinessServiceInstance instance) {
        throw new UnsupportedOperationException("API stub");
    }
}
