package com.splwg.cm.domain.billing.algorithm;

import java.math.BigDecimal;
import java.util.List;

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
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Keeps invoices that are not worth sending out of the mail: when the total of the pending bill
 * (sum of the calculated amounts of its segments) is below the minimum bill amount, bill completion
 * is told to delete the bill instead of completing it. The charges are billed again next cycle.
 *
 * Plugged on the Customer Class, Pre-Bill Completion event.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = minimumBillAmount, required = true, type = decimal)})
 */
public class CmDeleteTinyBillAlgComp_Impl extends CmDeleteTinyBillAlgComp_Gen
        implements CustomerClassPreBillCompletionAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmDeleteTinyBillAlgComp_Impl.class);

    private static final String BILL_TOTAL_SQL = """
            SELECT NVL(SUM(CALC.CALC_AMT), 0) AS BILL_TOTAL
              FROM CI_BSEG BSEG, CI_BSEG_CALC CALC
             WHERE BSEG.BILL_ID = :billId
               AND CALC.BSEG_ID = BSEG.BSEG_ID
            """;

    private Bill bill;
    private Bool allowReopeningOfBills;
    private BillCompletionActionLookup billCompletionAction = BillCompletionActionLookup.constants.CARRYONWITH_BILL_COMPLETION;

    @Override
    public void invoke() {
        BigDecimal billTotal = BigDecimal.ZERO;
        PreparedStatement ps = createPreparedStatement(BILL_TOTAL_SQL, "CmDeleteTinyBill - bill total");
        try {
            ps.bindId("billId", bill.getId());
            SQLResultRow row = ps.firstRow();
            if (notNull(row) && notNull(row.getBigDecimal("BILL_TOTAL"))) {
                billTotal = row.getBigDecimal("BILL_TOTAL");
            }
        } finally {
            ps.close();
        }

        if (billTotal.compareTo(getMinimumBillAmount()) < 0) {
            logger.info("Bill " + bill.getId().getTrimmedValue() + " totals " + billTotal + ", below the minimum of "
                    + getMinimumBillAmount() + "; deleting it");
            billCompletionAction = BillCompletionActionLookup.constants.DELETE_BILL;
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
    }

    @Override
    public Bool getAllowReopeningOfBills() {
        return allowReopeningOfBills;
    }

    @Override
    public BillCompletionActionLookup getBillCompletionAction() {
        return billCompletionAction;
    }

    @Override
    public ServerMessage getServerMessage() {
        return null;
    }
}
