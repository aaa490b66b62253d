package com.initech.rmb.invoice.spot;

import java.math.BigDecimal;
import java.util.List;

import com.initech.rmb.common.InitechAlgorithm;
import com.initech.rmb.common.InitechMessages;
import com.initech.rmb.common.SoftParams;
import com.splwg.base.api.datatypes.Bool;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.api.lookup.BillCompletionActionLookup;
import com.splwg.ccb.api.lookup.BillSegmentStatusLookup;
import com.splwg.ccb.domain.admin.customerClass.CustomerClassPreBillCompletionAlgorithmSpot;
import com.splwg.ccb.domain.billing.bill.Bill;
import com.splwg.ccb.domain.billing.billSegment.BillSegment;
import com.splwg.ccb.domain.customerinfo.account.Account;
import com.splwg.shared.common.ServerMessage;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Customer Class - Pre-Bill Completion (CM-INVMIN). Refuses to finalize an invoice whose total
 * (all non-canceled bill segments) is below the minimum invoice amount of the customer class.
 * Credit notes are never blocked.
 */
@SoftParams({"minimumAmount:decimal"})
public class CmInvoiceMinimumTotal_Impl extends InitechAlgorithm implements CustomerClassPreBillCompletionAlgorithmSpot {

    private static final Logger LOG = LoggerFactory.getLogger(CmInvoiceMinimumTotal_Impl.class);

    private static final String SQL_INVOICE_TOTAL =
            "SELECT SUM(C.CALC_AMT) AS TOTAL_AMT "
            + "FROM CI_BSEG B, CI_BSEG_CALC C "
            + "WHERE B.BILL_ID = :billId "
            + "AND B.BSEG_STAT_FLG <> :canceled "
            + "AND C.BSEG_ID = B.BSEG_ID";

    private Bill bill;
    private Bill creditNoteForBill;
    private Bool allowReopeningOfBills;

    @Override
    public void invoke() {
        if (creditNoteForBill != null) {
            return;
        }
        BigDecimal minimum = decimalParam("minimumAmount");
        if (minimum == null) {
            fail(InitechMessages.SOFT_PARAMETER_INVALID, "minimumAmount", getAlgorithmCode());
            return;
        }
        BigDecimal total = BigDecimal.ZERO;
        PreparedStatement ps = sql(SQL_INVOICE_TOTAL);
        try {
            ps.bindId("billId", bill.getId());
            ps.bindLookup("canceled", BillSegmentStatusLookup.constants.CANCELED);
            SQLResultRow row = ps.firstRow();
            if (row != null && row.getBigDecimal("TOTAL_AMT") != null) {
                total = row.getBigDecimal("TOTAL_AMT");
            }
        } finally {
            ps.close();
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("Invoice " + bill.getId().getTrimmedValue() + " total " + total + " minimum " + minimum);
        }
        if (total.compareTo(minimum) < 0) {
            fail(InitechMessages.INVOICE_BELOW_MINIMUM, bill.getId().getTrimmedValue(), total.toPlainString(),
                    minimum.toPlainString());
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
