package com.northwind.ormb.ext.billing.algo;

import java.math.BigDecimal;
import java.util.List;
import java.util.logging.Logger;

import com.northwind.ormb.ext.common.NwMessages;
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
 * Customer Class - Pre-Bill Completion (RESI, SME): a regular bill whose total is below the
 * minimum bill amount is not completed - the bill stays pending and the error is logged by the
 * billing batch, so that the amount rolls into next month's bill. Credit notes are never checked.
 *
 * Parameters:
 *   1 minimumAmount (decimal, required) - smallest bill total (GBP) that may be sent out
 *
 * Ticket NWE-ORMB-0088.
 */
public class NwMinBillAmountAlgo_Impl extends AbstractAlgorithmComponent
        implements CustomerClassPreBillCompletionAlgorithmSpot {

    private static final Logger LOG = Logger.getLogger(NwMinBillAmountAlgo_Impl.class.getName());

    private Bill bill;
    private Bill creditNoteForBill;
    private Bool allowReopeningOfBills;

    @Override
    public void invoke() {
        if (bill == null || creditNoteForBill != null) {
            return;
        }
        BigDecimal minimumAmount = getDecimalSoftParameter("minimumAmount");
        if (minimumAmount == null) {
            addError(NwMessages.of(NwMessages.SOFT_PARAMETER_INVALID, "minimumAmount", getClass().getSimpleName()));
        }

        BigDecimal total = BigDecimal.ZERO;
        PreparedStatement ps = createPreparedStatement("""
                SELECT C.CALC_AMT
                  FROM CI_BSEG B, CI_BSEG_CALC C
                 WHERE B.BILL_ID = :billId
                   AND C.BSEG_ID = B.BSEG_ID
                   AND B.BSEG_STAT_FLG <> '70'
                """, "NwMinBillAmountAlgo - calculated amounts of the bill");
        try {
            ps.bindString("billId", bill.getId().getIdValue(), "BILL_ID");
            List<SQLResultRow> rows = ps.list();
            for (SQLResultRow row : rows) {
                BigDecimal amount = row.getBigDecimal("CALC_AMT");
                if (amount != null) {
                    total = total.add(amount);
                }
            }
        } finally {
            ps.close();
        }

        BigDecimal billTotal = total;
        LOG.fine(() -> "Bill " + bill.getId().getTrimmedValue() + " total " + billTotal);
        if (total.compareTo(minimumAmount) < 0) {
            addError(NwMessages.of(NwMessages.BILL_BELOW_MINIMUM, bill.getId().getTrimmedValue(),
                    total.toPlainString(), minimumAmount.toPlainString()));
        }
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
        this.allowReopeningOfBills = allowReopeningOfBills;
    }

    @Override
    public void setCreditNoteForBill(Bill creditNoteForBill) {
        this.creditNoteForBill = creditNoteForBill;
    }

    @Override
    public Bool getAllowReopeningOfBills() {
        return allowReopeningOfBills;
    }

    @Override
    public BillCompletionActionLookup getBillCompletionAction() {
        return BillCompletionActionLookup.constants.CARRYONWITH_BILL_COMPLETION;
    }

    @Override
    public ServerMessage getServerMessage() {
        return null;
    }
}
