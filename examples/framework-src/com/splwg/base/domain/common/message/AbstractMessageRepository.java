package com.splwg.base.domain.common.message;

import com.splwg.shared.common.ServerMessage;

/**
 * Base class of message repositories: one subclass per message category holds the message
 * numbers as constants and static factory methods that return {@link ServerMessage}s.
 *
 * <pre>
 * public class CmMessages extends AbstractMessageRepository {
 *     public static final int MESSAGE_CATEGORY = 92000;
 *     public static final int BILL_AMOUNT_TOO_HIGH = 1001;
 *     ...
 * }
 * </pre>
 *
 * The message texts themselves live in {@code CI_MSG_L}, maintained through the Message portal.
 */
public abstract class AbstractMessageRepository {

    private final MessageCategory_Id messageCategoryId;

    protected AbstractMessageRepository(int messageCategory) {
        this.messageCategoryId = new MessageCategory_Id(messageCategory);
    }

    public MessageCategory_Id getMessageCategoryId() {
        return messageCategoryId;
    }

    /** Message {@code messageNumber} of this repository's category, without parameters. */
    public ServerMessage getMessage(int messageNumber) {
        return getMessage(messageNumber, new MessageParameters());
    }

    /** Message {@code messageNumber} of this repository's category with substitution parameters. */
    public ServerMessage getMessage(int messageNumber, MessageParameters parameters) {
        throw new UnsupportedOperationException("API stub");
    }
}
