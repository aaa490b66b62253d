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
import com.splwg.cm.domain.common.messageRepository.CmMessageRepository;
import com.splwg.shared.common.ServerMessage;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Blocks completion of an invoice whose total is above the configured maximum: the calculated
 * amounts of all segments of the pending bill are added up and, when the sum exceeds the limit,
 * completion stops with an error so that billing can review the bill.
 *
 * Plugged on the Customer Class, Pre-Bill Completion event.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = maxBillAmount, required = true, type = decimal)})
 */
public class CmBillTotalLimitAlgComp_Impl extends CmBillTotalLimitAlgComp_Gen
        implements CustomerClassPreBillCompletionAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmBillTotalLimitAlgComp_Impl.class);

    private static final String BILL_TOTAL_SQL = """
            SELECT NVL(SUM(CALC.CALC_AMT), 0) AS BILL_TOTAL
              FROM CI_BSEG BSEG, CI_BSEG_CALC CALC
             WHERE BSEG.BILL_ID = :billId
               AND CALC.BSEG_ID = BSEG.BSEG_ID
            """;

    private Bill bill;
    private Bool allowReopeningOfBills;

    @Override
    public void invoke() {
        BigDecimal billTotal = BigDecimal.ZERO;
        PreparedStatement ps = createPreparedStatement(BILL_TOTAL_SQL, "CmBillTotalLimit - bill total");
        try {
            ps.bindId("billId", bill.getId());
            SQLResultRow row = ps.firstRow();
            if (notNull(row) && notNull(row.getBigDecimal("BILL_TOTAL"))) {
                billTotal = row.getBigDecimal("BILL_TOTAL");
            }
        } finally {
            ps.close();
        }

        if (notNull(getMaxBillAmount()) && billTotal.compareTo(getMaxBillAmount()) > 0) {
            logger.info("Bill " + bill.getId().getTrimmedValue() + " total " + billTotal + " exceeds " + getMaxBillAmount());
            addError(CmMessageRepository.billAmountTooHigh(bill.getId().getTrimmedValue(), billTotal.toPlainString()));
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
        return BillCompletionActionLookup.constants.CARRYONWITH_BILL_COMPLETION;
    }

    @Override
    public ServerMessage getServerMessage() {
        return null;
    }
}
