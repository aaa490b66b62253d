package com.splwg.base.domain;

import com.splwg.shared.common.ServerMessage;

/** Executable build: framework messages of category 11 with their texts. */
public final class StandardMessages {

    private StandardMessages() {
    }

    public static ServerMessage fieldMissing(String fieldName) {
        return new ServerMessage(11, 1, fieldName + " is required.");
    }

    public static ServerMessage fieldInvalid(String fieldName, String value) {
        return new ServerMessage(11, 2, "The value " + value + " is invalid for " + fieldName + ".");
    }

    public static ServerMessage entityNotFound(String entityLabel, String key) {
        return new ServerMessage(11, 3, entityLabel + " " + key + " does not exist.");
    }

    public static ServerMessage systemError(String detail) {
        return new ServerMessage(11, 4, "An unexpected system error occurred: " + detail + ".");
    }
}
