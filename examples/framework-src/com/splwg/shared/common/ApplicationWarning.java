package com.splwg.shared.common;

/**
 * Raised when warnings were added with {@code addWarning} and the caller has not confirmed them;
 * online the user sees the warnings and may resubmit, in batch the warnings are ignored.
 */
public class ApplicationWarning extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final java.util.List<ServerMessage> warnings;

    public ApplicationWarning(java.util.List<ServerMessage> warnings) {
        this.warnings = warnings;
    }

    public java.util.List<ServerMessage> getWarnings() {
        return warnings;
    }
}
