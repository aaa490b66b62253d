package com.northwind.ormb.ext.payments.algo;

import java.util.logging.Logger;

import com.northwind.ormb.ext.common.NwMessages;
import com.splwg.base.api.algorithms.AbstractAlgorithmComponent;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.domain.admin.customerClass.CustomerClassPayFreezeAlgorithmSpot;
import com.splwg.ccb.domain.payment.payment.Payment;

/**
 * Customer Class - Payment Freeze: a payment matched to a bill (match type BILLID, bill id in the
 * match value) may only be frozen when that bill exists and belongs to the paying account;
 * otherwise the payment is rejected so that Cash Allocation can correct the match. Payments
 * matched any other way are not checked.
 *
 * Parameters: none.
 */
public class NwBillMatchValidationAlgo_Impl extends AbstractAlgorithmComponent
        implements CustomerClassPayFreezeAlgorithmSpot {

    private static final Logger LOG = Logger.getLogger(NwBillMatchValidationAlgo_Impl.class.getName());

    private static final String MATCH_BY_BILL = "BILLID";

    private Payment payment;

    @Override
    public void invoke() {
        String matchType = payment.getMatchTypeCode();
        if (matchType == null || !MATCH_BY_BILL.equals(matchType.trim())) {
            return;
        }
        String billId = payment.getMatchValue() == null ? "" : payment.getMatchValue().trim();
        String payerAcctId = payment.getAccount().getId().getTrimmedValue();

        String billAcctId = null;
        PreparedStatement ps = createPreparedStatement("""
                SELECT ACCT_ID
                  FROM CI_BILL
                 WHERE BILL_ID = :billId
                """, "NwBillMatchValidationAlgo - account of the matched bill");
        try {
            ps.bindString("billId", billId, "BILL_ID");
            for (SQLResultRow row : ps.list()) {
                billAcctId = row.getString("ACCT_ID").trim();
            }
        } finally {
            ps.close();
        }

        String payId = payment.getId().getTrimmedValue();
        if (billAcctId == null) {
            LOG.info(() -> "Payment " + payId + " matched to unknown bill " + billId);
            addError(NwMessages.of(NwMessages.PAYMENT_FREEZE_REJECTED, payId, "bill " + billId + " does not exist"));
        } else if (!billAcctId.equals(payerAcctId)) {
            LOG.info(() -> "Payment " + payId + " matched to a bill of another account");
            addError(NwMessages.of(NwMessages.PAYMENT_FREEZE_REJECTED, payId,
                    "bill " + billId + " belongs to account " + billAcctId));
        }
    }

    @Override
    public void setPayment(Payment payment) {
        this.payment = payment;
    }
}
