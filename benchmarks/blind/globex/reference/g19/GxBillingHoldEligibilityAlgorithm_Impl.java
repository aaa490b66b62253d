package com.globex.cm.billing.algorithm;

import com.splwg.base.api.datatypes.Bool;
import com.splwg.base.api.datatypes.Date;
import com.splwg.ccb.domain.admin.billCycle.BillCycle;
import com.splwg.ccb.domain.admin.customerClass.CustomerClassBillEligibilityAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.account.Account;
import com.splwg.ccb.domain.customerinfo.account.AccountCharacteristic;
import com.splwg.shared.common.ServerMessage;

/**
 * Globex Telecom - Bill Eligibility: accounts on billing hold (account characteristic Y effective
 * on the cut-off date) are skipped by the bill cycle.
 *
 * @author Globex ORMB team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (entityName = characteristicType, name = billingHoldCharType, required = true, type = entity)})
 */
public class GxBillingHoldEligibilityAlgorithm_Impl extends GxBillingHoldEligibilityAlgorithm_Gen
        implements CustomerClassBillEligibilityAlgorithmSpot {

    private Account account;
    private Date cutoffDate;
    private Bool eligible = Bool.TRUE;

    @Override
    public void invoke() {
        Date asOf = cutoffDate != null ? cutoffDate : getProcessDateTime().getDate();
        AccountCharacteristic hold = account.getEffectiveCharacteristic(getBillingHoldCharType(), asOf);
        boolean onHold = hold != null
                && ("Y".equals(trim(hold.getCharacteristicValue())) || "Y".equals(trim(hold.getAdhocCharacteristicValue())));
        eligible = Bool.valueOf(!onHold);
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
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
