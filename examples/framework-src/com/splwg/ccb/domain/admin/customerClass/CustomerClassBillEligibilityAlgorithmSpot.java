package com.splwg.ccb.domain.admin.customerClass;

import com.splwg.base.api.algorithms.AlgorithmSpot;
import com.splwg.base.api.datatypes.Bool;
import com.splwg.base.api.datatypes.Date;
import com.splwg.ccb.domain.admin.billCycle.BillCycle;
import com.splwg.ccb.domain.customerinfo.account.Account;
import com.splwg.shared.common.ServerMessage;

/**
 * Customer Class - Bill Eligibility. Algorithms plugged in on the customer class for the system
 * event <b>Bill Eligibility</b> run at the start of billing for an account in its bill cycle window
 * and decide whether a bill is created at all. Typical uses: skip accounts whose contracts are all
 * pending start, accounts flagged for billing hold, or accounts already billed outside the cycle.
 *
 * <p>Input hard parameters: account, bill cycle and cut-off date. Output: eligibility and an
 * optional message recorded when the account is skipped.
 *
 * @AlgorithmSpot (algorithmEntityValues = { "customerClassBillEligibility"})
 */
public interface CustomerClassBillEligibilityAlgorithmSpot extends AlgorithmSpot {

    /** Account about to be billed. */
    void setAccount(Account account);

    /** Bill cycle being processed. */
    void setBillCycle(BillCycle billCycle);

    /** Cut-off date of the billing window. */
    void setCutoffDate(Date cutoffDate);

    /** False to skip billing the account in this window. */
    Bool getIsEligibleForBilling();

    /** Reason recorded when the account is skipped; may be null. */
    ServerMessage getServerMessage();
}
