package com.splwg.base.domain.common.message;

import com.splwg.shared.common.ServerMessage;

/** Executable build: messages carry category, number and the parameters as text. */
public abstract class AbstractMessageRepository {

    private final MessageCategory_Id messageCategoryId;

    protected AbstractMessageRepository(int messageCategory) {
        this.messageCategoryId = new MessageCategory_Id(messageCategory);
    }

    public MessageCategory_Id getMessageCategoryId() {
        return messageCategoryId;
    }

    public ServerMessage getMessage(int messageNumber) {
        return getMessage(messageNumber, new MessageParameters());
    }

    public ServerMessage getMessage(int messageNumber, MessageParameters parameters) {
        int category = Integer.parseInt(messageCategoryId.getTrimmedValue());
        return new ServerMessage(category, messageNumber, ormbexec.Nodes.messageText(category, messageNumber, parameters));
    }
}
