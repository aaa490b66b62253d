package com.splwg.cm.domain.billing.algorithm;

import com.splwg.base.api.datatypes.Bool;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.base.domain.common.currency.Currency;
import com.splwg.ccb.domain.admin.customerClass.CustomerClassBillCompletionAlgorithmSpot;
import com.splwg.ccb.domain.billing.bill.BillData;
import com.splwg.cm.domain.common.messageRepository.CmMessageRepository;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Sets the bill due date from the customer's negotiated payment terms. The number of days is
 * held as an ad-hoc account characteristic (e.g. PAYTERMS = 45); accounts without one get the
 * default term. Due dates falling on a weekend move to the following Monday.
 *
 * Plugged on the Customer Class, Bill Completion event.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (entityName = characteristicType, name = paymentTermsCharType, required = true, type = entity)
 *            , @AlgorithmSoftParameter (name = defaultTermDays, required = true, type = integer)})
 */
public class CmPaymentTermsDueDateAlgComp_Impl extends CmPaymentTermsDueDateAlgComp_Gen
        implements CustomerClassBillCompletionAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmPaymentTermsDueDateAlgComp_Impl.class);

    private BillData billData;
    private Date billDate;

    @Override
    public void invoke() {
        String accountId = billData.getAccount().getId().getIdValue();
        int termDays = getDefaultTermDays().intValue();

        PreparedStatement ps = createPreparedStatement(
                "SELECT AC.ADHOC_CHAR_VAL FROM CI_ACCT_CHAR AC "
                + "WHERE AC.ACCT_ID = :acctId "
                + "AND AC.CHAR_TYPE_CD = :charType "
                + "AND AC.EFFDT = (SELECT MAX(AC2.EFFDT) FROM CI_ACCT_CHAR AC2 "
                + "                WHERE AC2.ACCT_ID = AC.ACCT_ID "
                + "                AND AC2.CHAR_TYPE_CD = AC.CHAR_TYPE_CD "
                + "                AND AC2.EFFDT <= :billDate)",
                "CmPaymentTermsDueDate - account payment terms");
        try {
            ps.bindString("acctId", accountId, "ACCT_ID");
            ps.bindString("charType", getPaymentTermsCharType().getId().getIdValue(), "CHAR_TYPE_CD");
            ps.bindDate("billDate", billDate);
            SQLResultRow row = ps.firstRow();
            if (notNull(row) && notBlank(row.getString("ADHOC_CHAR_VAL"))) {
                String terms = row.getString("ADHOC_CHAR_VAL").trim();
                try {
                    termDays = Integer.parseInt(terms);
                } catch (NumberFormatException e) {
                    addError(CmMessageRepository.invalidPaymentTerms(accountId.trim(), terms));
                }
            }
        } finally {
            ps.close();
        }

        Date dueDate = skipWeekend(billDate.addDays(termDays));
        if (logger.isDebugEnabled()) {
            logger.debug("Account " + accountId.trim() + ": " + termDays + " day terms, due " + dueDate);
        }
        billData.setDueDate(dueDate);
    }

    private Date skipWeekend(Date date) {
        java.time.DayOfWeek day = java.time.LocalDate.of(date.getYear(), date.getMonth(), date.getDay()).getDayOfWeek();
        if (day == java.time.DayOfWeek.SATURDAY) {
            return date.addDays(2);
        }
        if (day == java.time.DayOfWeek.SUNDAY) {
            return date.addDays(1);
        }
        return date;
    }

    @Override
    public void setBillData(BillData billData) {
        this.billData = billData;
    }

    @Override
    public void setBillDate(Date billDate) {
        this.billDate = billDate;
    }

    @Override
    public void setAccountingDate(Date accountingDate) {
    }

    @Override
    public void setCurrency(Currency currency) {
    }

    @Override
    public BillData getBillData() {
        return billData;
    }

    @Override
    public Bool getAllowBillReopen() {
        return Bool.TRUE;
    }
}
