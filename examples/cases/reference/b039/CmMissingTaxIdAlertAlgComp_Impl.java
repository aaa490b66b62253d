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
 * Reminds the rep to collect the customer's tax number: when the main customer of the displayed
 * account has no person identifier of the configured type marked as primary, an alert is added
 * to Control Central.
 *
 * Plugged on the Installation record, Control Central Alert event.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = identifierType, required = true, type = string)})
 */
public class CmMissingTaxIdAlertAlgComp_Impl extends CmMissingTaxIdAlertAlgComp_Gen
        implements InstallationControlCentralAlertAlgorithmSpot {

    private static final String MAIN_CUSTOMER_WITHOUT_ID_SQL = """
            SELECT AP.PER_ID
              FROM CI_ACCT_PER AP
             WHERE AP.ACCT_ID = :acctId
               AND AP.MAIN_CUST_SW = 'Y'
               AND NOT EXISTS (SELECT 1 FROM CI_PER_ID PI
                                WHERE PI.PER_ID = AP.PER_ID
                                  AND PI.ID_TYPE_CD = :idType
                                  AND PI.PRIM_SW = 'Y')
            """;

    private Account account;
    private int maxSize = Integer.MAX_VALUE;
    private List<ControlCentralAlert> alerts = new ArrayList<ControlCentralAlert>();

    @Override
    public void invoke() {
        if (isNull(account) || alerts.size() >= maxSize) {
            return;
        }
        PreparedStatement ps = createPreparedStatement(MAIN_CUSTOMER_WITHOUT_ID_SQL, "CmMissingTaxIdAlert - main customer without id");
        try {
            ps.bindId("acctId", account.getId());
            ps.bindString("idType", getIdentifierType().trim(), "ID_TYPE_CD");
            SQLResultRow row = ps.firstRow();
            if (notNull(row)) {
                ServerMessage message = CmMessageRepository.missingPrimaryIdentifier(getIdentifierType().trim());
                ControlCentralAlert alert = new ControlCentralAlert();
                alert.setServerMessage(message);
                alert.setMessageText(message.getMessageText());
                alert.setNavigationKey("ciPersonMaint");
                alerts.add(alert);
            }
        } finally {
            ps.close();
        }
    }

    @Override
    public void setAccount(Account account) {
        this.account = account;
    }

    @Override
    public void setPerson(Person person) {
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
