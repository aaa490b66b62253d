package com.splwg.base.api.businessObject;

import com.splwg.base.api.COTSInstanceNode;
import com.splwg.base.domain.common.businessObject.BusinessObject;

/** Executable build: an in-memory instance (elements by path); dispatching it is not emulated. */
public abstract class BusinessObjectInstance extends COTSInstanceNode {

    public static BusinessObjectInstance create(String businessObjectCode) {
        return new ormbexec.ExecBusinessObjectInstance(businessObjectCode);
    }

    public static BusinessObjectInstance create(BusinessObject businessObject) {
        return new ormbexec.ExecBusinessObjectInstance(businessObject.getId().getTrimmedValue());
    }

    public abstract BusinessObject getBusinessObject();

    public abstract BusinessObjectInstanceKey getIdentifyingKey();

    public abstract org.w3c.dom.Document getDocument();

    public abstract String getStatus();
}
