package com.splwg.cm.domain.payment.algorithm;

import java.math.BigDecimal;
import java.util.List;

import com.splwg.base.api.businessService.BusinessServiceDispatcher;
import com.splwg.base.api.businessService.BusinessServiceInstance;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.domain.admin.customerClass.CustomerClassPayFreezeAlgorithmSpot;
import com.splwg.ccb.domain.payment.payment.Payment;
import com.splwg.cm.domain.common.messageRepository.CmMessageRepository;
import com.splwg.shared.common.ServerMessage;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Flags accounts that end up in credit after a payment so that collections can refund or
 * reallocate the money: after the payment is frozen the account's frozen balance is summed over
 * all its contracts and, when it is a credit beyond the tolerance, a To Do entry is created
 * naming the payment and the tenders it came from.
 *
 * Plugged on the Customer Class, Payment Freeze event.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (entityName = toDoType, name = overpaymentToDoType, required = true, type = entity)
 *            , @AlgorithmSoftParameter (name = creditTolerance, type = decimal)})
 */
public class CmOverpaymentReviewOnPayFreezeAlgComp_Impl extends CmOverpaymentReviewOnPayFreezeAlgComp_Gen
        implements CustomerClassPayFreezeAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmOverpaymentReviewOnPayFreezeAlgComp_Impl.class);

    private static final String ACCOUNT_BALANCE_SQL = """
            SELECT NVL(SUM(FT.CUR_AMT), 0) AS BALANCE
              FROM CI_SA SA, CI_FT FT
             WHERE SA.ACCT_ID = :acctId
               AND FT.SA_ID = SA.SA_ID
               AND FT.FREEZE_SW = 'Y'
            """;

    private static final String TENDERS_SQL = """
            SELECT T.PAY_TENDER_ID, T.TENDER_TYPE_CD, T.TENDER_AMT
              FROM CI_PAY P, CI_PAY_EVENT E, CI_PAY_TNDR T
             WHERE P.PAY_ID = :payId
               AND E.PAY_EVENT_ID = P.PAY_EVENT_ID
               AND T.PAY_EVENT_ID = E.PAY_EVENT_ID
               AND T.TNDR_STATUS_FLG <> '60'
             ORDER BY T.PAY_TENDER_ID
            """;

    private Payment payment;

    @Override
    public void invoke() {
        String accountId = payment.getAccount().getId().getIdValue();
        BigDecimal tolerance = notNull(getCreditTolerance()) ? getCreditTolerance().abs() : BigDecimal.ZERO;

        BigDecimal balance;
        PreparedStatement balancePs = createPreparedStatement(ACCOUNT_BALANCE_SQL, "CmOverpaymentReview - account balance");
        try {
            balancePs.bindString("acctId", accountId, "ACCT_ID");
            balance = balancePs.firstRow().getBigDecimal("BALANCE");
        } finally {
            balancePs.close();
        }

        if (balance.negate().compareTo(tolerance) <= 0) {
            return;
        }

        StringBuilder tenders = new StringBuilder();
        PreparedStatement tenderPs = createPreparedStatement(TENDERS_SQL, "CmOverpaymentReview - tenders of payment");
        try {
            tenderPs.bindId("payId", payment.getId());
            List<SQLResultRow> rows = tenderPs.list();
            for (SQLResultRow row : rows) {
                if (tenders.length() > 0) {
                    tenders.append(", ");
                }
                tenders.append(row.getString("TENDER_TYPE_CD").trim()).append(' ').append(row.getBigDecimal("TENDER_AMT"));
            }
        } finally {
            tenderPs.close();
        }

        ServerMessage message = CmMessageRepository.overpaymentReview(accountId.trim(), balance, payment.getId().getTrimmedValue());
        BusinessServiceInstance toDo = BusinessServiceInstance.create("F1-AddToDoEntry");
        toDo.set("toDoType", getOverpaymentToDoType().getId().getTrimmedValue());
        toDo.set("drillKey1", payment.getId().getIdValue());
        toDo.set("sortKey1", accountId);
        toDo.set("messageCategory", message.getCategory());
        toDo.set("messageNumber", message.getNumber());
        toDo.set("comments", tenders.toString());
        BusinessServiceDispatcher.execute(toDo);
        logger.info("Account " + accountId.trim() + " in credit (" + balance + ") after payment " + payment.getId().getTrimmedValue());
    }

    @Override
    public void setPayment(Payment payment) {
        this.payment = payment;
    }
}
