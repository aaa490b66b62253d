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
import com.splwg.ccb.domain.admin.customerClass.CustomerClassPreBillCompletionAlgorithmSpot;
import com.splwg.ccb.domain.billing.bill.Bill;
import com.splwg.ccb.domain.billing.billSegment.BillSegment;
import com.splwg.ccb.domain.customerinfo.account.Account;
import com.splwg.shared.common.ServerMessage;

/**
 * Customer Class - Pre-Bill Completion (CM-ZEROINV). Zero invoices are not sent: when the calc
 * amounts of all segments of the pending invoice net to zero, billing is told to delete the bill.
 */
@SoftParams({})
public class CmZeroInvoiceDelete_Impl extends InitechAlgorithm implements CustomerClassPreBillCompletionAlgorithmSpot {

    private static final String SQL_INVOICE_NET =
            "SELECT SUM(C.CALC_AMT) AS NET_AMT FROM CI_BSEG B, CI_BSEG_CALC C "
            + "WHERE B.BILL_ID = :billId AND C.BSEG_ID = B.BSEG_ID";

    private Bill bill;
    private Bool allowReopeningOfBills;
    private BillCompletionActionLookup action = BillCompletionActionLookup.constants.CARRYONWITH_BILL_COMPLETION;
    private ServerMessage serverMessage;

    @Override
    public void invoke() {
        BigDecimal net = BigDecimal.ZERO;
        PreparedStatement ps = sql(SQL_INVOICE_NET);
        try {
            ps.bindId("billId", bill.getId());
            SQLResultRow row = ps.firstRow();
            if (row != null && row.getBigDecimal("NET_AMT") != null) {
                net = row.getBigDecimal("NET_AMT");
            }
        } finally {
            ps.close();
        }
        if (net.signum() == 0) {
            action = BillCompletionActionLookup.constants.DELETE_BILL;
            serverMessage = InitechMessages.message(InitechMessages.GENERIC_RULE_FAILED,
                    "Invoice " + bill.getId().getTrimmedValue() + " nets to zero and is deleted");
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
        return action;
    }

    @Override
    public ServerMessage getServerMessage() {
        return serverMessage;
    }
}
