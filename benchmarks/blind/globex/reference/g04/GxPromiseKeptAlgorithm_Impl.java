package com.globex.cm.collections.algorithm;

import java.math.BigDecimal;

import com.globex.cm.common.GxConstants;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.domain.admin.customerClass.CustomerClassPayFreezeAlgorithmSpot;
import com.splwg.ccb.domain.payment.payment.Payment;

/**
 * Globex Telecom - Payment Freeze: a frozen payment that covers the promised amount of the
 * account's open promise to pay keeps the promise (status 20, paying PAY_ID stored).
 *
 * @author Globex ORMB team
 *
@AlgorithmComponent ()
 */
public class GxPromiseKeptAlgorithm_Impl extends GxPromiseKeptAlgorithm_Gen implements CustomerClassPayFreezeAlgorithmSpot {

    private Payment payment;

    @Override
    public void invoke() {
        BigDecimal paid = payment.getPaymentAmount().getAmount();
        PreparedStatement sel = createPreparedStatement(
                "SELECT PROMISE_ID, PROMISE_AMT FROM CM_PAY_PROMISE WHERE ACCT_ID = :acctId AND PROMISE_STATUS_FLG = :open",
                "GxPromiseKept - open promises");
        sel.setAutoclose(false);
        try {
            sel.bindId("acctId", payment.getAccount().getId());
            sel.bindString("open", GxConstants.PROMISE_OPEN, "PROMISE_STATUS_FLG");
            for (SQLResultRow row : sel.list()) {
                if (paid.compareTo(row.getBigDecimal("PROMISE_AMT")) < 0) {
                    continue;
                }
                PreparedStatement upd = createPreparedStatement(
                        "UPDATE CM_PAY_PROMISE SET PROMISE_STATUS_FLG = :kept, PAY_ID = :payId, STATUS_UPD_DTTM = :now "
                                + "WHERE PROMISE_ID = :promiseId",
                        "GxPromiseKept - keep promise");
                try {
                    upd.bindString("kept", GxConstants.PROMISE_KEPT, "PROMISE_STATUS_FLG");
                    upd.bindId("payId", payment.getId());
                    upd.bindDateTime("now", getProcessDateTime());
                    upd.bindString("promiseId", row.getString("PROMISE_ID"), "PROMISE_ID");
                    upd.executeUpdate();
                } finally {
                    upd.close();
                }
            }
        } finally {
            sel.close();
        }
    }

    @Override
    public void setPayment(Payment payment) {
        this.payment = payment;
    }
}
