package com.splwg.cm.domain.billing.algorithm;

import com.splwg.base.api.datatypes.Bool;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.domain.admin.billCycle.BillCycle;
import com.splwg.ccb.domain.admin.customerClass.CustomerClassBillEligibilityAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.account.Account;
import com.splwg.shared.common.ServerMessage;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Leaves accounts on billing hold out of the bill run: when the account's billing hold
 * characteristic in effect on the cutoff date has the value Y the account is not eligible for
 * billing. A later characteristic row with another value releases the hold.
 *
 * Plugged on the Customer Class, Bill Eligibility event.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (entityName = characteristicType, name = billingHoldCharType, required = true, type = entity)})
 */
public class CmBillingHoldEligibilityAlgComp_Impl extends CmBillingHoldEligibilityAlgComp_Gen
        implements CustomerClassBillEligibilityAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmBillingHoldEligibilityAlgComp_Impl.class);

    private static final String HOLD_SQL = """
            SELECT AC.CHAR_VAL, AC.EFFDT
              FROM CI_ACCT_CHAR AC
             WHERE AC.ACCT_ID = :acctId
               AND AC.CHAR_TYPE_CD = :charType
               AND AC.EFFDT <= :asOf
             ORDER BY AC.EFFDT DESC
            """;

    private Account account;
    private Date cutoffDate;
    private Bool eligible = Bool.TRUE;

    @Override
    public void invoke() {
        Date asOf = notNull(cutoffDate) ? cutoffDate : getProcessDateTime().getDate();
        PreparedStatement ps = createPreparedStatement(HOLD_SQL, "CmBillingHoldEligibility - billing hold characteristic");
        try {
            ps.bindId("acctId", account.getId());
            ps.bindEntity("charType", getBillingHoldCharType());
            ps.bindDate("asOf", asOf);
            SQLResultRow row = ps.firstRow();
            if (notNull(row) && notBlank(row.getString("CHAR_VAL")) && "Y".equals(row.getString("CHAR_VAL").trim())) {
                logger.info("Account " + account.getId().getTrimmedValue() + " on billing hold since " + row.getDate("EFFDT"));
                eligible = Bool.FALSE;
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
        return null;
    }
}
