package com.splwg.shared.common;

/**
 * A message from the message catalogue ({@code CI_MSG} / {@code CI_MSG_L}), identified by message
 * category and number, with its substitution parameters. Algorithms never build these directly:
 * they call a factory on the project's message repository and pass the result to
 * {@code addError(ServerMessage)} or {@code addWarning(ServerMessage)}.
 */
public class ServerMessage implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final int category;
    private final int number;
    private final String messageText;

    public ServerMessage(int category, int number, String messageText) {
        this.category = category;
        this.number = number;
        this.messageText = messageText;
    }

    public int getCategory() {
        return category;
    }

    public int getNumber() {
        return number;
    }

    /** Text with parameters substituted, in the session language. */
    public String getMessageText() {
        return messageText;
    }

    @Override
    public String toString() {
        return "(" + category + ", " + number + ") " + messageText;
    }
}
