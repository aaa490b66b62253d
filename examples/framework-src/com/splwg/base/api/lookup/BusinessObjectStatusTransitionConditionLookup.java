package com.splwg.base.api.lookup;

import com.splwg.base.api.datatypes.Lookup;

/**
 * Condition of a BO status transition, used to pick the next status after an algorithm (OK, error,
 * exception).
 */
public class BusinessObjectStatusTransitionConditionLookup extends Lookup {

    private static final long serialVersionUID = 1L;

    /** The values of BO_STATUS_COND_FLG. */
    public static final Constants constants = new Constants();

    /** Holder of the BO_STATUS_COND_FLG values. */
    public static final class Constants {
        /** Normal transition (stored as F1OK). */
        public final BusinessObjectStatusTransitionConditionLookup OK = new BusinessObjectStatusTransitionConditionLookup("F1OK");

        /** Transition taken on error (stored as F1ER). */
        public final BusinessObjectStatusTransitionConditionLookup ERROR = new BusinessObjectStatusTransitionConditionLookup("F1ER");

        /** Transition taken on exception (stored as F1EX). */
        public final BusinessObjectStatusTransitionConditionLookup EXCEPTION = new BusinessObjectStatusTransitionConditionLookup("F1EX");

        private Constants() {
        }
    }

    protected BusinessObjectStatusTransitionConditionLookup(String value) {
        super("BO_STATUS_COND_FLG", value);
    }

    public boolean isOk() {
        return constants.OK.equals(this);
    }

    public boolean isError() {
        return constants.ERROR.equals(this);
    }

    public boolean isException() {
        return constants.EXCEPTION.equals(this);
    }
}
