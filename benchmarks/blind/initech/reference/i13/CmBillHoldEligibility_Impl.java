package com.initech.rmb.invoice.spot;

import com.initech.rmb.common.InitechAlgorithm;
import com.initech.rmb.common.InitechMessages;
import com.initech.rmb.common.SoftParams;
import com.splwg.base.api.datatypes.Bool;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.domain.common.characteristicType.CharacteristicType_Id;
import com.splwg.ccb.domain.admin.billCycle.BillCycle;
import com.splwg.ccb.domain.admin.customerClass.CustomerClassBillEligibilityAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.account.Account;
import com.splwg.ccb.domain.customerinfo.account.AccountCharacteristic;
import com.splwg.shared.common.ServerMessage;

/**
 * Customer Class - Bill Eligibility (CM-BHOLDEL). Counterparties with a bill hold characteristic
 * effective on the cut-off date are not invoiced in this window.
 */
@SoftParams({"billHoldCharType:entity"})
public class CmBillHoldEligibility_Impl extends InitechAlgorithm implements CustomerClassBillEligibilityAlgorithmSpot {

    private Account account;
    private Date cutoffDate;
    private Bool eligible = Bool.TRUE;
    private ServerMessage serverMessage;

    @Override
    public void invoke() {
        Date asOf = cutoffDate != null ? cutoffDate : getProcessDateTime().getDate();
        AccountCharacteristic hold = account.getEffectiveCharacteristic(
                new CharacteristicType_Id(param("billHoldCharType")).getEntity(), asOf);
        if (hold != null) {
            eligible = Bool.FALSE;
            serverMessage = InitechMessages.message(InitechMessages.COUNTERPARTY_RULE_FAILED,
                    account.getId().getTrimmedValue(), "on bill hold");
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
        return serverMessage;
    }
}
