package com.splwg.shared.common;

/**
 * Unchecked exception carrying a {@link ServerMessage}; raised by {@code addError} and shown to
 * the user (online) or logged against the work unit (batch). The current transaction rolls back.
 */
public class ApplicationError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ServerMessage serverMessage;

    public ApplicationError(ServerMessage serverMessage) {
        super(serverMessage == null ? null : serverMessage.getMessageText());
        this.serverMessage = serverMessage;
    }

    public ServerMessage getServerMessage() {
        return serverMessage;
    }
}
