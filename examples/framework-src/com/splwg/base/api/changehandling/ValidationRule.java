package com.splwg.base.api.changehandling;

/** A declarative rule (required field, valid lookup value, date range) enforced on entity changes. */
public interface ValidationRule {

    /** Unique rule id, used in error messages. */
    String getId();
}
