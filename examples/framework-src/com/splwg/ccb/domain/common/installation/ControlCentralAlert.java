package com.splwg.ccb.domain.common.installation;

import com.splwg.shared.common.ServerMessage;

/**
 * An alert shown in Control Central's alert zone for the account, person or premise displayed
 * (produced by InstallationControlCentralAlertAlgorithmSpot algorithms).
 */
public class ControlCentralAlert {

    private String messageText;
    private ServerMessage serverMessage;
    private String navigationKey;

    /** Alert text. */
    public String getMessageText() {
        return messageText;
    }

    public void setMessageText(String messageText) {
        this.messageText = messageText;
    }

    /** Catalogue message the text came from, when any. */
    public ServerMessage getServerMessage() {
        return serverMessage;
    }

    public void setServerMessage(ServerMessage serverMessage) {
        this.serverMessage = serverMessage;
    }

    /** Page to open when the alert is clicked. */
    public String getNavigationKey() {
        return navigationKey;
    }

    public void setNavigationKey(String navigationKey) {
        this.navigationKey = navigationKey;
    }
}
