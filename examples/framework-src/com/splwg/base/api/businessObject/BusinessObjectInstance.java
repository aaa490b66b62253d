package com.splwg.base.api.businessObject;

import com.splwg.base.api.COTSInstanceNode;
import com.splwg.base.domain.common.businessObject.BusinessObject;

/**
 * An instance of a business object: the XML document of its schema, filled from (and saved to)
 * the maintenance object's tables by {@link BusinessObjectDispatcher}.
 *
 * <pre>
 * BusinessObjectInstance sa = BusinessObjectInstance.create("C1_SA");
 * sa.set("accountId", accountId);
 * sa = BusinessObjectDispatcher.add(sa);
 * </pre>
 */
public abstract class BusinessObjectInstance extends COTSInstanceNode {

    /** An empty instance of the business object {@code businessObjectCode}. */
    public static BusinessObjectInstance create(String businessObjectCode) {
        throw new UnsupportedOperationException("API stub");
    }

    /** An empty instance of {@code businessObject}. */
    public static BusinessObjectInstance create(BusinessObject businessObject) {
        throw new UnsupportedOperationException("API stub");
    }

    /** The business object this instance belongs to. */
    public abstract BusinessObject getBusinessObject();

    /** The identifying key of this instance. */
    public abstract BusinessObjectInstanceKey getIdentifyingKey();

    /** The underlying XML document, as passed to {@code BusinessObjectDispatcher.fastUpdate}. */
    public abstract org.w3c.dom.Document getDocument();

    /** Current lifecycle status code (the {@code bo status} element), e.g. {@code "PENDING"}. */
    public abstract String getStatus();
}
