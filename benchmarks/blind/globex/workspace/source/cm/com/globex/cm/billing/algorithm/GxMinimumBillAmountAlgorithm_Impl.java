package com.globex.cm.billing.algorithm;

import java.math.BigDecimal;
import java.util.List;

import com.globex.cm.common.messages.GxMessageRepository;
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
 * Globex Telecom - Pre-Bill Completion (GXBUS): business bills below {@code minimumBillAmount}
 * are not completed (they roll into next month's bill). Zero bills are left to the standard
 * zero-bill algorithm.
 *
 * @author Globex ORMB team (J. Osei)
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = minimumBillAmount, required = true, type = decimal)})
 */
public class GxMinimumBillAmountAlgorithm_Impl extends GxMinimumBillAmountAlgorithm_Gen
        implements CustomerClassPreBillCompletionAlgorithmSpot {

    private Bill bill;
    private Bool allowReopening;

    @Override
    public void invoke() {
        PreparedStatement ps = createPreparedStatement(
                "SELECT SUM(C.CALC_AMT) AS TOTAL FROM CI_BSEG_CALC C, CI_BSEG S "
                        + "WHERE C.BSEG_ID = S.BSEG_ID AND S.BILL_ID = :billId AND S.BSEG_STAT_FLG <> '60'",
                "GxMinimumBillAmount - bill total");
        BigDecimal total;
        try {
            ps.bindId("billId", bill.getId());
            SQLResultRow row = ps.firstRow();
            total = row == null || row.getBigDecimal("TOTAL") == null ? BigDecimal.ZERO : row.getBigDecimal("TOTAL");
        } finally {
            ps.close();
        }
        if (total.signum() != 0 && total.compareTo(getMinimumBillAmount()) < 0) {
            addError(GxMessageRepository.billBelowMinimum(bill.getId().getTrimmedValue(), total, getMinimumBillAmount()));
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
        return BillCompletionActionLookup.constants.CARRYONWITH_BILL_COMPLETION;
    }

    @Override
    public ServerMessage getServerMessage() {
        return null;
    }
}
