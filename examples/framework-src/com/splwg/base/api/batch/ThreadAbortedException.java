package com.splwg.base.api.batch;

import com.splwg.shared.common.ServerMessage;

/** Stops the current thread of a batch run; other threads continue. */
public class ThreadAbortedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ServerMessage serverMessage;

    public ThreadAbortedException(ServerMessage serverMessage) {
        super(serverMessage == null ? null : serverMessage.getMessageText());
        this.serverMessage = serverMessage;
    }

    public ServerMessage getServerMessage() {
        return serverMessage;
    }
}
