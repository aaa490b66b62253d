package com.northwind.ormb.ext.usage.algo;

import java.math.BigDecimal;
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
 * Customer Class - Bill Eligibility: an account is billed only when the transaction feed has
 * finished with its usage up to the cutoff date. Transactions dated on or before the cutoff day
 * that are still uploaded (UPLD) or validated (VALD) make the account ineligible for this window.
 *
 * Parameters: none.
 */
public class NwUnfinishedUsageEligibilityAlgo_Impl extends AbstractAlgorithmComponent
        implements CustomerClassBillEligibilityAlgorithmSpot {

    private static final Logger LOG = Logger.getLogger(NwUnfinishedUsageEligibilityAlgo_Impl.class.getName());

    /** Account %1 still has %2 unprocessed usage transactions up to %3 (CI_MSG 93100/208). */
    private static final int UNFINISHED_USAGE = 208;

    private Account account;
    private Date cutoffDate;
    private Bool eligible = Bool.TRUE;
    private ServerMessage message;

    @Override
    public void invoke() {
        Date cutoff = cutoffDate != null ? cutoffDate : getProcessDateTime().getDate();
        BigDecimal open = BigDecimal.ZERO;
        PreparedStatement ps = createPreparedStatement("""
                SELECT COUNT(*) AS OPEN_CNT
                  FROM CI_TXN_DETAIL
                 WHERE ACCT_ID = :acctId
                   AND BO_STATUS_CD IN (:uploaded, :validated)
                   AND TXN_DTTM < :dayAfterCutoff
                """, "NwUnfinishedUsageEligibilityAlgo - unfinished usage of account");
        try {
            ps.bindString("acctId", account.getId().getIdValue(), "ACCT_ID");
            ps.bindString("uploaded", NwConstants.TXN_UPLOADED, "BO_STATUS_CD");
            ps.bindString("validated", NwConstants.TXN_VALIDATED, "BO_STATUS_CD");
            ps.bindDate("dayAfterCutoff", cutoff.addDays(1));
            for (SQLResultRow row : ps.list()) {
                open = row.getBigDecimal("OPEN_CNT");
            }
        } finally {
            ps.close();
        }
        if (open != null && open.signum() > 0) {
            eligible = Bool.FALSE;
            message = NwMessages.of(UNFINISHED_USAGE, account.getId().getTrimmedValue(), open.toPlainString(),
                    String.valueOf(cutoff));
            LOG.info(() -> "Account " + account.getId().getTrimmedValue() + " skipped, usage not finished");
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
        return message;
    }
}
