package com.splwg.base.api.businessService;

import com.splwg.base.api.COTSInstanceNode;

/**
 * Request/response document of a business service, e.g. {@code F1-AddToDoEntry}:
 *
 * <pre>
 * BusinessServiceInstance bs = BusinessServiceInstance.create("F1-AddToDoEntry");
 * bs.set("toDoType", getToDoType().getId().getTrimmedValue());
 * bs.set("drillKey1", account.getId().getIdValue());
 * BusinessServiceDispatcher.execute(bs);
 * </pre>
 */
public abstract class BusinessServiceInstance extends COTSInstanceNode {

    public static BusinessServiceInstance create(String businessServiceCode) {
        throw new UnsupportedOperationException("API stub");
    }

    /** Code of the business service. */
    public abstract String getBusinessServiceCode();
}
