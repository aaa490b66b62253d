package com.splwg.ccb.domain.common.installation;

import java.math.BigInteger;
import java.util.List;

import com.splwg.base.api.algorithms.AlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.account.Account;
import com.splwg.ccb.domain.customerinfo.person.Person;
import com.splwg.ccb.domain.customerinfo.premise.Premise;

/**
 * Installation - Control Central Alert. Algorithms plugged in on the installation record for the
 * system event <b>Control Central Alert</b> run whenever Control Central (the customer service
 * dashboard) displays an account, person or premise, and add alerts to its alert zone: accounts
 * in collection, contracts pending stop, open To Do entries, missing e-mail addresses.
 *
 * <p>Input hard parameters: the account, person and premise shown, the alerts collected so far and
 * the maximum number of alerts. Output: the alert list with the algorithm's alerts appended.
 *
 * @AlgorithmSpot (algorithmEntityValues = { "installationControlCentralAlert"})
 */
public interface InstallationControlCentralAlertAlgorithmSpot extends AlgorithmSpot {

    void setAccount(Account account);

    void setPerson(Person person);

    void setPremise(Premise premise);

    /** Maximum number of alerts the zone shows. */
    void setMaxSize(BigInteger maxSize);

    /** Alerts added by earlier algorithms. */
    void setControlCentralAlerts(List<ControlCentralAlert> controlCentralAlerts);

    /** All alerts, including this algorithm's. */
    List<ControlCentralAlert> getControlCentralAlerts();
}
