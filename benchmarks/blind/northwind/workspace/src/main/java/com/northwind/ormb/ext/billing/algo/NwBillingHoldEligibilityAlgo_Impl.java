package com.northwind.ormb.ext.billing.algo;

import java.util.logging.Logger;

import com.northwind.ormb.ext.common.NwConstants;
import com.northwind.ormb.ext.common.NwMessages;
import com.splwg.base.api.algorithms.AbstractAlgorithmComponent;
import com.splwg.base.api.datatypes.Bool;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.domain.admin.billCycle.BillCycle;
import com.splwg.ccb.domain.admin.customerClass.CustomerClassBillEligibilityAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.account.Account;
import com.splwg.shared.common.ServerMessage;

/**
 * Customer Class - Bill Eligibility: accounts put on billing hold by the billing team (change of
 * tenancy disputes, meter investigations) are skipped by the bill cycle. The hold is an
 * effective-dated predefined account characteristic with value Y; a later row with value N lifts
 * it.
 *
 * Parameters:
 *   1 billingHoldCharType (characteristic type, required) - account characteristic of the hold
 */
public class NwBillingHoldEligibilityAlgo_Impl extends AbstractAlgorithmComponent
        implements CustomerClassBillEligibilityAlgorithmSpot {

    private static final Logger LOG = Logger.getLogger(NwBillingHoldEligibilityAlgo_Impl.class.getName());

    private Account account;
    private Date cutoffDate;
    private Bool eligible = Bool.TRUE;
    private ServerMessage reason;

    @Override
    public void invoke() {
        String holdCharType = getStringSoftParameter("billingHoldCharType");
        Date asOf = cutoffDate != null ? cutoffDate : getProcessDateTime().getDate();

        String holdValue = null;
        PreparedStatement ps = createPreparedStatement("""
                SELECT CHAR_VAL
                  FROM CI_ACCT_CHAR
                 WHERE ACCT_ID = :acctId
                   AND CHAR_TYPE_CD = :charType
                   AND EFFDT <= :asOf
                 ORDER BY EFFDT DESC
                """, "NwBillingHoldEligibilityAlgo - billing hold of account");
        try {
            ps.bindString("acctId", account.getId().getIdValue(), "ACCT_ID");
            ps.bindString("charType", holdCharType, "CHAR_TYPE_CD");
            ps.bindDate("asOf", asOf);
            for (SQLResultRow row : ps.list()) {
                holdValue = row.getString("CHAR_VAL");
                break;
            }
        } finally {
            ps.close();
        }

        if (holdValue != null && NwConstants.YES.equals(holdValue.trim())) {
            LOG.info(() -> "Account " + account.getId().getTrimmedValue() + " on billing hold, not billed");
            eligible = Bool.FALSE;
            reason = NwMessages.of(NwMessages.ACCOUNT_ON_BILLING_HOLD, account.getId().getTrimmedValue(),
                    holdCharType.trim());
        }
    }

    @Override
    public void setAccount(Account account) {
        this.account = account;
    }

    @Override
    public void setBillCycle(BillCycle billCycle) {
    }

    @Override
    public void setCutoffDate(Date cutoffDate) {
        this.cutoffDate = cutoffDate;
    }

    @Override
    public Bool getIsEligibleForBilling() {
        return eligible;
    }

    @Override
    public ServerMessage getServerMessage() {
        return reason;
    }
}
