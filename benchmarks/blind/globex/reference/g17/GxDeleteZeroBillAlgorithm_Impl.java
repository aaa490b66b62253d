package com.globex.cm.billing.algorithm;

import java.math.BigDecimal;
import java.util.List;

import com.globex.cm.common.GxSql;
import com.splwg.base.api.datatypes.Bool;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.ccb.api.lookup.BillCompletionActionLookup;
import com.splwg.ccb.domain.admin.customerClass.CustomerClassPreBillCompletionAlgorithmSpot;
import com.splwg.ccb.domain.billing.bill.Bill;
import com.splwg.ccb.domain.billing.billSegment.BillSegment;
import com.splwg.ccb.domain.customerinfo.account.Account;
import com.splwg.shared.common.ServerMessage;

/**
 * Globex Telecom - Pre-Bill Completion: zero bills (all segment calculation amounts add up to 0)
 * are deleted instead of completed.
 *
 * @author Globex ORMB team
 *
@AlgorithmComponent ()
 */
public class GxDeleteZeroBillAlgorithm_Impl extends GxDeleteZeroBillAlgorithm_Gen
        implements CustomerClassPreBillCompletionAlgorithmSpot {

    private Bill bill;
    private Bool allowReopening;
    private BillCompletionActionLookup action = BillCompletionActionLookup.constants.CARRYONWITH_BILL_COMPLETION;

    @Override
    public void invoke() {
        PreparedStatement ps = createPreparedStatement(
                "SELECT SUM(C.CALC_AMT) AS TOTAL FROM CI_BSEG_CALC C, CI_BSEG S "
                        + "WHERE C.BSEG_ID = S.BSEG_ID AND S.BILL_ID = :billId",
                "GxDeleteZeroBill - bill total");
        ps.bindId("billId", bill.getId());
        BigDecimal total = GxSql.firstDecimal(ps, "TOTAL");
        action = total.signum() == 0 ? BillCompletionActionLookup.constants.DELETE_BILL
                : BillCompletionActionLookup.constants.CARRYONWITH_BILL_COMPLETION;
    }

    @Override
    public void setBill(Bill bill) {
        this.bill = bill;
    }

    @Override
    public void setAccount(Account account) {
    }

    @Override
    public void setAccountingDate(Date accountingDate) {
    }

    @Override
    public void setBillDate(Date billDate) {
    }

    @Override
    public void setBillSegments(List<BillSegment> billSegments) {
    }

    @Override
    public void setAllowReopeningOfBills(Bool allowReopeningOfBills) {
        this.allowReopening = allowReopeningOfBills;
    }

    @Override
    public void setCreditNoteForBill(Bill creditNoteForBill) {
    }

    @Override
    public Bool getAllowReopeningOfBills() {
        return allowReopening;
    }

    @Override
    public BillCompletionActionLookup getBillCompletionAction() {
        return action;
    }

    @Override
    public ServerMessage getServerMessage() {
        return null;
    }
}
