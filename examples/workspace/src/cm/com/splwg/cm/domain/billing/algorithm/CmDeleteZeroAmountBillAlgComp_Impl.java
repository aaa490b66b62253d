package com.splwg.cm.domain.billing.algorithm;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

import com.splwg.base.api.datatypes.Bool;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.lookup.YesNoOptionLookup;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.api.lookup.BillCompletionActionLookup;
import com.splwg.ccb.api.lookup.BillSegmentStatusLookup;
import com.splwg.ccb.domain.admin.customerClass.CustomerClassPreBillCompletionAlgorithmSpot;
import com.splwg.ccb.domain.billing.bill.Bill;
import com.splwg.ccb.domain.billing.billSegment.BillSegment;
import com.splwg.ccb.domain.customerinfo.account.Account;
import com.splwg.cm.domain.common.messageRepository.CmMessageRepository;
import com.splwg.shared.common.ServerMessage;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Stops zero-value invoices from going out: when the calculated amount of all segments on the
 * pending bill nets to zero (within a tolerance) the bill is deleted instead of completed, and a
 * bill with segments still in error cannot be completed at all.
 *
 * Plugged on the Customer Class, Pre-Bill Completion event, for the merchant customer classes.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = zeroTolerance, type = decimal)
 *            , @AlgorithmSoftParameter (lookupName = yesNoOption, name = keepCreditNotes, required = true, type = lookup)})
 */
public class CmDeleteZeroAmountBillAlgComp_Impl extends CmDeleteZeroAmountBillAlgComp_Gen
        implements CustomerClassPreBillCompletionAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmDeleteZeroAmountBillAlgComp_Impl.class);

    private static final String BILL_TOTAL_SQL = """
            SELECT SUM(CALC.CALC_AMT) AS BILL_TOTAL,
                   COUNT(DISTINCT BSEG.BSEG_ID) AS SEG_COUNT
              FROM CI_BSEG BSEG, CI_BSEG_CALC CALC
             WHERE BSEG.BILL_ID = :billId
               AND BSEG.BSEG_STAT_FLG IN (:freezable, :frozen)
               AND CALC.BSEG_ID = BSEG.BSEG_ID
            """;

    private static final String ERROR_SEGMENTS_SQL =
            "SELECT COUNT(*) AS ERR_COUNT FROM CI_BSEG WHERE BILL_ID = :billId AND BSEG_STAT_FLG = :errorStatus";

    private Bill bill;
    private Bill creditNoteForBill;
    private Bool allowReopeningOfBills;
    private BillCompletionActionLookup billCompletionAction = BillCompletionActionLookup.constants.CARRYONWITH_BILL_COMPLETION;
    private ServerMessage serverMessage;

    @Override
    public void invoke() {
        String billId = bill.getId().getIdValue();

        int errorSegments = countSegmentsInError();
        if (errorSegments > 0) {
            addError(CmMessageRepository.billHasSegmentsInError(bill.getId().getTrimmedValue(), errorSegments));
        }

        if (notNull(creditNoteForBill) && YesNoOptionLookup.constants.YES.equals(getKeepCreditNotes())) {
            logger.debug("Bill " + billId + " is a credit note; kept regardless of its amount");
            return;
        }

        BigDecimal tolerance = isNull(getZeroTolerance()) ? BigDecimal.ZERO : getZeroTolerance().abs();
        BigDecimal billTotal = BigDecimal.ZERO;
        BigInteger segmentCount = BigInteger.ZERO;

        PreparedStatement ps = createPreparedStatement(BILL_TOTAL_SQL, "CmDeleteZeroAmountBill - bill total");
        try {
            ps.bindId("billId", bill.getId());
            ps.bindLookup("freezable", BillSegmentStatusLookup.constants.FREEZABLE);
            ps.bindLookup("frozen", BillSegmentStatusLookup.constants.FROZEN);
            SQLResultRow row = ps.firstRow();
            if (notNull(row)) {
                if (notNull(row.getBigDecimal("BILL_TOTAL"))) {
                    billTotal = row.getBigDecimal("BILL_TOTAL");
                }
                segmentCount = row.getInteger("SEG_COUNT");
            }
        } finally {
            ps.close();
        }

        if (billTotal.abs().compareTo(tolerance) <= 0) {
            logger.info("Deleting bill " + billId + ": total " + billTotal + " over " + segmentCount + " segment(s)");
            billCompletionAction = BillCompletionActionLookup.constants.DELETE_BILL;
            serverMessage = CmMessageRepository.zeroBillDeleted(bill.getId().getTrimmedValue());
        }
    }

    private int countSegmentsInError() {
        PreparedStatement ps = createPreparedStatement(ERROR_SEGMENTS_SQL, "CmDeleteZeroAmountBill - segments in error");
        try {
            ps.bindId("billId", bill.getId());
            ps.bindLookup("errorStatus", BillSegmentStatusLookup.constants.ERROR);
            SQLResultRow row = ps.firstRow();
            return row == null ? 0 : row.getInteger("ERR_COUNT").intValue();
        } finally {
            ps.close();
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
        return billCompletionAction;
    }

    @Override
    public ServerMessage getServerMessage() {
        return serverMessage;
    }
}
