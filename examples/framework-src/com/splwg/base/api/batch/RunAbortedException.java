package com.splwg.base.api.batch;

import com.splwg.shared.common.ServerMessage;

/**
 * Stops the whole batch run (all threads) with a message. Also thrown by algorithms that hit an
 * unexpected condition they cannot report through {@code addError}.
 */
public class RunAbortedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ServerMessage serverMessage;

    public RunAbortedException(ServerMessage serverMessage) {
        super(serverMessage == null ? null : serverMessage.getMessageText());
        this.serverMessage = serverMessage;
    }

    public ServerMessage getServerMessage() {
        return serverMessage;
    }
}
