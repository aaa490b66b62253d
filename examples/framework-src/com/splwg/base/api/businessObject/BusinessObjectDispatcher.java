package com.splwg.base.api.businessObject;

import com.splwg.base.api.lookup.BusinessObjectActionLookup;

/**
 * Reads and maintains business object instances. {@code add}, {@code update}, {@code replace} and
 * {@code delete} run the BO's validation, status and audit algorithms; the {@code fast} variants
 * skip lifecycle processing and are the usual choice inside a status algorithm that updates its
 * own instance.
 */
public final class BusinessObjectDispatcher {

    private BusinessObjectDispatcher() {
    }

    public static BusinessObjectInstance add(BusinessObjectInstance instance) {
        throw new UnsupportedOperationException("API stub");
    }

    public static BusinessObjectInstance fastAdd(org.w3c.dom.Document document) {
        throw new UnsupportedOperationException("API stub");
    }

    /** Reads the instance for {@code key}; {@code lock = true} locks the row for update. */
    public static BusinessObjectInstance read(BusinessObjectInstanceKey key, boolean lock) {
        throw new UnsupportedOperationException("API stub");
    }

    /** Reads the instance whose key elements are set on {@code instance}. */
    public static BusinessObjectInstance read(BusinessObjectInstance instance) {
        throw new UnsupportedOperationException("API stub");
    }

    public static BusinessObjectInstance update(BusinessObjectInstance instance) {
        throw new UnsupportedOperationException("API stub");
    }

    public static BusinessObjectInstance replace(BusinessObjectInstance instance) {
        throw new UnsupportedOperationException("API stub");
    }

    /** Updates the instance from its document without validation or status processing. */
    public static void fastUpdate(org.w3c.dom.Document document) {
        throw new UnsupportedOperationException("API stub");
    }

    public static void delete(BusinessObjectInstance instance) {
        throw new UnsupportedOperationException("API stub");
    }

    /** Executes {@code action} (add, update, fast add...) on {@code instance}. */
    public static BusinessObjectInstance execute(BusinessObjectInstance instance, BusinessObjectActionLookup action) {
        throw new UnsupportedOperationException("API stub");
    }
}
