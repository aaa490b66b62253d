package com.splwg.cm.domain.customer.algorithm;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.domain.common.installation.ControlCentralAlert;
import com.splwg.ccb.domain.common.installation.InstallationControlCentralAlertAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.account.Account;
import com.splwg.ccb.domain.customerinfo.person.Person;
import com.splwg.ccb.domain.customerinfo.premise.Premise;
import com.splwg.cm.domain.common.messageRepository.CmMessageRepository;
import com.splwg.shared.common.ServerMessage;

/**
 * Tells the customer service rep, as soon as an account is displayed, which of the account's
 * people should get e-mail (they receive the e-bill or notifications) but have no e-mail address
 * on file, so that the rep can ask for it during the call. A person displayed without an account
 * is checked on its own.
 *
 * Plugged on the Installation record, Control Central Alert event.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = emailBillRouteType, required = true, type = string)})
 */
public class CmMissingEmailAlertAlgComp_Impl extends CmMissingEmailAlertAlgComp_Gen
        implements InstallationControlCentralAlertAlgorithmSpot {

    private static final String ACCOUNT_PERSONS_SQL = """
            SELECT AP.PER_ID
              FROM CI_ACCT_PER AP, CI_PER P
             WHERE AP.ACCT_ID = :acctId
               AND (AP.NOTIFY_SW = 'Y' OR AP.BILL_RTE_TYPE_CD = :emailRoute)
               AND P.PER_ID = AP.PER_ID
               AND (P.EMAILID IS NULL OR TRIM(P.EMAILID) IS NULL)
             ORDER BY AP.MAIN_CUST_SW DESC, AP.PER_ID
            """;

    private Account account;
    private Person person;
    private int maxSize = Integer.MAX_VALUE;
    private List<ControlCentralAlert> alerts = new ArrayList<ControlCentralAlert>();

    @Override
    public void invoke() {
        if (notNull(account)) {
            PreparedStatement ps = createPreparedStatement(ACCOUNT_PERSONS_SQL, "CmMissingEmailAlert - people without e-mail");
            try {
                ps.bindId("acctId", account.getId());
                ps.bindString("emailRoute", getEmailBillRouteType(), "BILL_RTE_TYPE_CD");
                for (SQLResultRow row : ps.list()) {
                    addAlert(row.getString("PER_ID").trim());
                }
            } finally {
                ps.close();
            }
        } else if (notNull(person) && isBlankOrNull(person.getEmailAddress())) {
            addAlert(person.getId().getTrimmedValue());
        }
    }

    private void addAlert(String personId) {
        if (alerts.size() >= maxSize) {
            return;
        }
        ServerMessage message = CmMessageRepository.customerWithoutEmail(personId);
        ControlCentralAlert alert = new ControlCentralAlert();
        alert.setServerMessage(message);
        alert.setMessageText(message.getMessageText());
        alert.setNavigationKey("ciPersonMaint");
        alerts.add(alert);
    }

    @Override
    public void setAccount(Account account) {
        this.account = account;
    }

    @Override
    public void setPerson(Person person) {
        this.person = person;
    }

    @Override
    public void setPremise(Premise premise) {
    }

    @Override
    public void setMaxSize(BigInteger maxSize) {
        this.maxSize = maxSize == null ? Integer.MAX_VALUE : maxSize.intValue();
    }

    @Override
    public void setControlCentralAlerts(List<ControlCentralAlert> controlCentralAlerts) {
        if (controlCentralAlerts != null) {
            this.alerts = controlCentralAlerts;
        }
    }

    @Override
    public List<ControlCentralAlert> getControlCentralAlerts() {
        return alerts;
    }
}
