package com.northwind.ormb.ext.payments.algo;

import java.math.BigDecimal;
import java.util.logging.Logger;

import com.northwind.ormb.ext.common.NwToDos;
import com.splwg.base.api.algorithms.AbstractAlgorithmComponent;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.base.domain.todo.toDoType.ToDoType_Id;
import com.splwg.ccb.domain.admin.customerClass.CustomerClassPayFreezeAlgorithmSpot;
import com.splwg.ccb.domain.payment.payment.Payment;

/**
 * Customer Class - Payment Freeze: anti money laundering check. A frozen payment that came in as
 * cash (tender type CASH, PayPoint and counter payments) and is above the maximum cash amount is
 * referred to Compliance with a To Do entry.
 *
 * Parameters:
 *   1 maxCashAmount (decimal, required) - largest cash payment accepted without review
 *   2 toDoType (To Do type, required) - To Do type for the compliance review (NW-AMLCS)
 */
public class NwCashPaymentAmlToDoAlgo_Impl extends AbstractAlgorithmComponent
        implements CustomerClassPayFreezeAlgorithmSpot {

    private static final Logger LOG = Logger.getLogger(NwCashPaymentAmlToDoAlgo_Impl.class.getName());

    /** Cash payment %1 of %2 on account %3 exceeds the AML limit %4 (CI_MSG 93100/403). */
    private static final int LARGE_CASH_PAYMENT = 403;

    private static final String CASH = "CASH";

    private Payment payment;

    @Override
    public void invoke() {
        BigDecimal maxCashAmount = getDecimalSoftParameter("maxCashAmount");
        ToDoType_Id toDoType = new ToDoType_Id(getStringSoftParameter("toDoType"));
        BigDecimal amount = payment.getPaymentAmount().getAmount();
        if (maxCashAmount == null || amount.compareTo(maxCashAmount) <= 0) {
            return;
        }

        boolean cash = false;
        PreparedStatement ps = createPreparedStatement("""
                SELECT TENDER_TYPE_CD
                  FROM CI_PAY_TNDR
                 WHERE PAY_EVENT_ID = :payEventId
                """, "NwCashPaymentAmlToDoAlgo - tenders of the payment event");
        try {
            ps.bindString("payEventId", payment.getPaymentEvent().getId().getIdValue(), "PAY_EVENT_ID");
            for (SQLResultRow row : ps.list()) {
                if (CASH.equals(row.getString("TENDER_TYPE_CD").trim())) {
                    cash = true;
                }
            }
        } finally {
            ps.close();
        }
        if (!cash) {
            return;
        }
        String payId = payment.getId().getIdValue();
        String acctId = payment.getAccount().getId().getIdValue();
        LOG.warning(() -> "Cash payment " + payId.trim() + " of " + amount + " referred to compliance");
        NwToDos.create(toDoType, LARGE_CASH_PAYMENT,
                "Cash payment of " + amount.toPlainString() + " above " + maxCashAmount.toPlainString(),
                payId, acctId);
    }

    @Override
    public void setPayment(Payment payment) {
        this.payment = payment;
    }
}
