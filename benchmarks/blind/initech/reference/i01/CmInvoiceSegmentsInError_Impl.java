package com.initech.rmb.invoice.spot;

import java.util.List;

import com.initech.rmb.common.InitechAlgorithm;
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

/**
 * Customer Class - Pre-Bill Completion (CM-BSEGERR). An invoice may not be finalized while one of
 * its bill segments is in error.
 */
@SoftParams({})
public class CmInvoiceSegmentsInError_Impl extends InitechAlgorithm implements CustomerClassPreBillCompletionAlgorithmSpot {

    private static final int MSG_SEGMENTS_IN_ERROR = 1010;

    private static final String SQL_SEGMENTS_IN_ERROR =
            "SELECT COUNT(*) AS CNT FROM CI_BSEG WHERE BILL_ID = :billId AND BSEG_STAT_FLG = :errorStatus";

    private Bill bill;
    private Bool allowReopeningOfBills;

    @Override
    public void invoke() {
        PreparedStatement ps = sql(SQL_SEGMENTS_IN_ERROR);
        try {
            ps.bindId("billId", bill.getId());
            ps.bindLookup("errorStatus", BillSegmentStatusLookup.constants.ERROR);
            SQLResultRow row = ps.firstRow();
            if (row != null && row.getInteger("CNT").signum() > 0) {
                fail(MSG_SEGMENTS_IN_ERROR, bill.getId().getTrimmedValue(), row.getInteger("CNT").toString());
            }
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
