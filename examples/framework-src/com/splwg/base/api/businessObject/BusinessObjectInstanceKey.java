package com.splwg.base.api.businessObject;

import com.splwg.base.api.COTSInstanceNode;

/**
 * Identifying key of a business object instance: the business object code plus the primary-key
 * elements of its maintenance object. BO status algorithms receive the key of the instance being
 * transitioned and read the instance with {@code BusinessObjectDispatcher.read(key, true)}.
 */
public abstract class BusinessObjectInstanceKey extends COTSInstanceNode {

    /** Creates an empty key for the given business object; set the key elements with {@code set}. */
    public static BusinessObjectInstanceKey create(String businessObjectCode) {
        throw new UnsupportedOperationException("API stub");
    }

    /** Code of the business object, e.g. {@code C1-TxnDetail}. */
    public abstract String getBusinessObjectCode();
}
