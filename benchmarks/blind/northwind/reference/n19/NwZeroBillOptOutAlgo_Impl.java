package com.northwind.ormb.ext.billing.algo;

import java.math.BigDecimal;
import java.util.List;
import java.util.logging.Logger;

import com.northwind.ormb.ext.common.NwConstants;
import com.splwg.base.api.algorithms.AbstractAlgorithmComponent;
import com.splwg.base.api.datatypes.Bool;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.api.lookup.BillCompletionActionLookup;
import com.splwg.ccb.domain.admin.customerClass.CustomerClassPreBillCompletionAlgorithmSpot;
import com.splwg.ccb.domain.billing.bill.Bill;
import com.splwg.ccb.domain.billing.billSegment.BillSegment;
import com.splwg.ccb.domain.customerinfo.account.Account;
import com.splwg.shared.common.ServerMessage;

/**
 * Customer Class - Pre-Bill Completion (RESI, SME): customers can opt out of "nothing to pay"
 * statements (predefined account characteristic = Y). A pending bill of such an account whose
 * segments total zero is deleted instead of completed.
 *
 * Parameters:
 *   1 zeroBillOptOutCharType (characteristic type, required) - account opt-out characteristic
 */
public class NwZeroBillOptOutAlgo_Impl extends AbstractAlgorithmComponent
        implements CustomerClassPreBillCompletionAlgorithmSpot {

    private static final Logger LOG = Logger.getLogger(NwZeroBillOptOutAlgo_Impl.class.getName());

    private Bill bill;
    private Account account;
    private Date billDate;
    private Bool allowReopeningOfBills;
    private BillCompletionActionLookup action = BillCompletionActionLookup.constants.CARRYONWITH_BILL_COMPLETION;

    @Override
    public void invoke() {
        String optOutCharType = getStringSoftParameter("zeroBillOptOutCharType");
        String acctId = (account != null ? account : bill.getAccount()).getId().getIdValue();
        Date asOf = billDate != null ? billDate : getProcessDateTime().getDate();

        String optOut = null;
        PreparedStatement charPs = createPreparedStatement("""
                SELECT CHAR_VAL
                  FROM CI_ACCT_CHAR
                 WHERE ACCT_ID = :acctId
                   AND CHAR_TYPE_CD = :charType
                   AND EFFDT <= :asOf
                 ORDER BY EFFDT DESC
                """, "NwZeroBillOptOutAlgo - zero bill opt-out of account");
        try {
            charPs.bindString("acctId", acctId, "ACCT_ID");
            charPs.bindString("charType", optOutCharType, "CHAR_TYPE_CD");
            charPs.bindDate("asOf", asOf);
            for (SQLResultRow row : charPs.list()) {
                optOut = row.getString("CHAR_VAL");
                break;
            }
        } finally {
            charPs.close();
        }
        if (optOut == null || !NwConstants.YES.equals(optOut.trim())) {
            return;
        }

        BigDecimal total = BigDecimal.ZERO;
        PreparedStatement ps = createPreparedStatement("""
                SELECT C.CALC_AMT
                  FROM CI_BSEG B, CI_BSEG_CALC C
                 WHERE B.BILL_ID = :billId
                   AND C.BSEG_ID = B.BSEG_ID
                """, "NwZeroBillOptOutAlgo - calculated amounts of the bill");
        try {
            ps.bindString("billId", bill.getId().getIdValue(), "BILL_ID");
            for (SQLResultRow row : ps.list()) {
                BigDecimal amount = row.getBigDecimal("CALC_AMT");
                if (amount != null) {
                    total = total.add(amount);
                }
            }
        } finally {
            ps.close();
        }
        if (total.signum() == 0) {
            action = BillCompletionActionLookup.constants.DELETE_BILL;
            LOG.info(() -> "Zero bill " + bill.getId().getTrimmedValue() + " of opted-out account deleted");
        }
    }

    @Override
    public void setBill(Bill bill) {
        this.bill = bill;
    }

    @Override
    public void setAccount(Account account) {
        this.account = account;
    }

    @Override
    public void setAccountingDate(Date accountingDate) {
    }

    @Override
    public void setBillDate(Date billDate) {
        this.billDate = billDate;
    }

    @Override
    public void setBillSegments(List<BillSegment> billSegments) {
    }

    @Override
    public void setAllowReopeningOfBills(Bool allowReopeningOfBills) {
        this.allowReopeningOfBills = allowReopeningOfBills;
    }

    @Override
    public void setCreditNoteForBill(Bill creditNoteForBill) {
    }

    @Override
    public Bool getAllowReopeningOfBills() {
        return allowReopeningOfBills;
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
