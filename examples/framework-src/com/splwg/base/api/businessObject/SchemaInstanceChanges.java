package com.splwg.base.api.businessObject;

import java.util.List;

/**
 * Differences between the original and the new version of a business object instance, passed to
 * audit algorithms (AuditBusinessObjectAlgorithmSpot).
 */
public abstract class SchemaInstanceChanges {

    /** Paths of the elements whose values changed. */
    public abstract List<String> getChangedPaths();

    /** Value before the change, as text. */
    public abstract String getOriginalValue(String path);

    /** Value after the change, as text. */
    public abstract String getNewValue(String path);

    public boolean hasChanges() {
        return !getChangedPaths().isEmpty();
    }
}
