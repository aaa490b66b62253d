package com.splwg.ccb.domain.common.installation;

import com.splwg.base.api.algorithms.AlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.account.Account;

/**
 * Installation - Account Information. The algorithm plugged in on the installation record for the
 * system event <b>Account Information</b> builds the one-line description of an account shown
 * wherever an account is referenced (search results, info strings, Control Central), typically the
 * main customer's name plus the account's customer class and external account number.
 *
 * <p>Input hard parameter: the account. Output: the information string.
 *
 * @AlgorithmSpot (algorithmEntityValues = { "installationAccountInformation"})
 */
public interface InstallationAccountInformationAlgorithmSpot extends AlgorithmSpot {

    void setAccount(Account account);

    /** The account's description. */
    String getAccountInfo();
}
