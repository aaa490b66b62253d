package com.splwg.base.domain;

import com.splwg.shared.common.ServerMessage;

/**
 * Framework messages (category 11) that implementations may reuse instead of defining their own,
 * e.g. when a required field is missing or a soft parameter holds an invalid value.
 */
public final class StandardMessages {

    private StandardMessages() {
    }

    /** "%1 is required." */
    public static ServerMessage fieldMissing(String fieldName) {
        throw new UnsupportedOperationException("API stub");
    }

    /** "The value %2 is invalid for %1." */
    public static ServerMessage fieldInvalid(String fieldName, String value) {
        throw new UnsupportedOperationException("API stub");
    }

    /** "%1 %2 does not exist." */
    public static ServerMessage entityNotFound(String entityLabel, String key) {
        throw new UnsupportedOperationException("API stub");
    }

    /** "An unexpected system error occurred: %1." */
    public static ServerMessage systemError(String detail) {
        throw new UnsupportedOperationException("API stub");
    }
}
