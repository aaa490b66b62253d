package com.splwg.cm.domain.billing.algorithm;

import java.math.BigDecimal;
import java.util.List;

import com.splwg.base.api.businessService.BusinessServiceDispatcher;
import com.splwg.base.api.businessService.BusinessServiceInstance;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.domain.admin.customerClass.CustomerClassPostBillCompletionAlgorithmSpot;
import com.splwg.ccb.domain.billing.bill.Bill;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Sends the "your invoice is ready" e-mail once a bill completes: every person on the account who
 * asked for notifications and has an e-mail address gets the invoice amount and due date. The
 * amount is what the bill's segments added to the balance (bill segment and cancellation FTs of the
 * bill). Zero bills and credit notes are not announced.
 *
 * Plugged on the Customer Class, Post-Bill Completion event, after the invoice numbering.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = emailService, required = true, type = string)
 *            , @AlgorithmSoftParameter (name = emailTemplate, required = true, type = string)})
 */
public class CmNotifyEBillAvailable_Impl extends CmNotifyEBillAvailable_Gen implements CustomerClassPostBillCompletionAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmNotifyEBillAvailable_Impl.class);

    private static final String BILL_AMOUNT_SQL = "SELECT NVL(SUM(FT.CUR_AMT), 0) AS BILL_AMT, MAX(FT.CURRENCY_CD) AS CURRENCY_CD "
            + "FROM CI_FT FT WHERE FT.BILL_ID = :billId AND FT.FT_TYPE_FLG IN ('BS', 'BX')";

    private static final String RECIPIENTS_SQL = "SELECT P.PER_ID, P.EMAILID, P.LANGUAGE_CD "
            + "FROM CI_ACCT_PER AP, CI_PER P "
            + "WHERE AP.ACCT_ID = :acctId AND AP.NOTIFY_SW = 'Y' "
            + "AND P.PER_ID = AP.PER_ID AND P.EMAILID IS NOT NULL";

    private Bill bill;

    @Override
    public void invoke() {
        if (notNull(bill.getCreditNoteForBill())) {
            return;
        }

        BigDecimal amount;
        String currency;
        PreparedStatement amountPs = createPreparedStatement(BILL_AMOUNT_SQL, "CmNotifyEBillAvailable - bill amount");
        try {
            amountPs.bindId("billId", bill.getId());
            SQLResultRow row = amountPs.firstRow();
            amount = row.getBigDecimal("BILL_AMT");
            currency = row.getString("CURRENCY_CD");
        } finally {
            amountPs.close();
        }
        if (amount.signum() <= 0) {
            return;
        }

        List<SQLResultRow> recipients;
        PreparedStatement recipientPs = createPreparedStatement(RECIPIENTS_SQL, "CmNotifyEBillAvailable - notification recipients");
        try {
            recipientPs.bindString("acctId", bill.getAccount().getId().getIdValue(), "ACCT_ID");
            recipients = recipientPs.list();
        } finally {
            recipientPs.close();
        }

        for (SQLResultRow recipient : recipients) {
            BusinessServiceInstance mail = BusinessServiceInstance.create(getEmailService().trim());
            mail.set("template", getEmailTemplate());
            mail.set("to", recipient.getString("EMAILID").trim());
            mail.set("language", recipient.getString("LANGUAGE_CD"));
            mail.set("parameters/billId", bill.getId().getIdValue());
            mail.set("parameters/amount", amount);
            mail.set("parameters/currency", currency == null ? "" : currency.trim());
            mail.set("parameters/dueDate", bill.getDueDate());
            BusinessServiceDispatcher.execute(mail);
        }
        logger.debug("Bill " + bill.getId().getTrimmedValue() + " announced to " + recipients.size() + " recipient(s)");
    }

    @Override
    public void setBill(Bill bill) {
        this.bill = bill;
    }
}
