package com.splwg.cm.domain.customer.algorithm;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.api.lookup.BillStatusLookup;
import com.splwg.ccb.domain.common.installation.ControlCentralAlert;
import com.splwg.ccb.domain.common.installation.InstallationControlCentralAlertAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.account.Account;
import com.splwg.ccb.domain.customerinfo.person.Person;
import com.splwg.ccb.domain.customerinfo.premise.Premise;

/**
 * Warns the customer service rep about overdue debt: when the displayed account has a completed
 * bill whose due date is more than the configured number of days in the past and the account
 * still has a positive balance (current amounts of the frozen FTs of its contracts), one alert is
 * added to Control Central.
 *
 * Plugged on the Installation record, Control Central Alert event.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = overdueDays, required = true, type = integer)})
 */
public class CmOverdueBillAlertAlgComp_Impl extends CmOverdueBillAlertAlgComp_Gen
        implements InstallationControlCentralAlertAlgorithmSpot {

    private static final String OLDEST_OVERDUE_BILL_SQL = """
            SELECT BILL_ID, DUE_DT
              FROM CI_BILL
             WHERE ACCT_ID = :acctId
               AND BILL_STAT_FLG = :complete
               AND DUE_DT < :dueBefore
             ORDER BY DUE_DT
            """;

    private static final String ACCOUNT_BALANCE_SQL = """
            SELECT NVL(SUM(FT.CUR_AMT), 0) AS BALANCE
              FROM CI_SA SA, CI_FT FT
             WHERE SA.ACCT_ID = :acctId
               AND FT.SA_ID = SA.SA_ID
               AND FT.FREEZE_SW = 'Y'
            """;

    private Account account;
    private int maxSize = Integer.MAX_VALUE;
    private List<ControlCentralAlert> alerts = new ArrayList<ControlCentralAlert>();

    @Override
    public void invoke() {
        if (isNull(account) || alerts.size() >= maxSize) {
            return;
        }
        Date dueBefore = getProcessDateTime().getDate().addDays(-getOverdueDays().intValue());
        String billId = null;
        PreparedStatement billPs = createPreparedStatement(OLDEST_OVERDUE_BILL_SQL, "CmOverdueBillAlert - oldest overdue bill");
        try {
            billPs.bindId("acctId", account.getId());
            billPs.bindLookup("complete", BillStatusLookup.constants.COMPLETE);
            billPs.bindDate("dueBefore", dueBefore);
            SQLResultRow row = billPs.firstRow();
            if (notNull(row)) {
                billId = row.getString("BILL_ID").trim();
            }
        } finally {
            billPs.close();
        }
        if (isNull(billId)) {
            return;
        }
        BigDecimal balance;
        PreparedStatement balancePs = createPreparedStatement(ACCOUNT_BALANCE_SQL, "CmOverdueBillAlert - account balance");
        try {
            balancePs.bindId("acctId", account.getId());
            SQLResultRow row = balancePs.firstRow();
            balance = isNull(row) || isNull(row.getBigDecimal("BALANCE")) ? BigDecimal.ZERO : row.getBigDecimal("BALANCE");
        } finally {
            balancePs.close();
        }
        if (balance.signum() <= 0) {
            return;
        }
        ControlCentralAlert alert = new ControlCentralAlert();
        alert.setMessageText("Bill " + billId + " is more than " + getOverdueDays() + " days overdue; balance " + balance);
        alert.setNavigationKey("billMaint");
        alerts.add(alert);
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
