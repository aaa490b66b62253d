package com.northwind.ormb.ext.billing.algo;

import java.math.BigInteger;
import java.util.logging.Logger;

import com.northwind.ormb.ext.common.NwMessages;
import com.splwg.base.api.algorithms.AbstractAlgorithmComponent;
import com.splwg.base.api.datatypes.Bool;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.base.domain.common.currency.Currency;
import com.splwg.ccb.domain.admin.customerClass.CustomerClassBillCompletionAlgorithmSpot;
import com.splwg.ccb.domain.billing.bill.BillData;

/**
 * Customer Class - Bill Completion (I&C): due date = bill date + the payment terms agreed in the
 * supply contract. The terms (number of days) are an effective-dated account characteristic;
 * accounts without one get the default number of days.
 *
 * Parameters:
 *   1 paymentTermsCharType (characteristic type, required) - ad hoc account characteristic with
 *     the payment terms in days
 *   2 defaultDays (integer, required) - terms used when the account has no characteristic
 */
public class NwDueDateTermsAlgo_Impl extends AbstractAlgorithmComponent
        implements CustomerClassBillCompletionAlgorithmSpot {

    private static final Logger LOG = Logger.getLogger(NwDueDateTermsAlgo_Impl.class.getName());

    private BillData billData;
    private Date billDate;

    @Override
    public void invoke() {
        String charTypeCd = getStringSoftParameter("paymentTermsCharType");
        BigInteger defaultDays = getIntegerSoftParameter("defaultDays");
        String accountId = billData.getAccount().getId().getIdValue();

        String termsValue = null;
        PreparedStatement ps = createPreparedStatement("""
                SELECT ADHOC_CHAR_VAL
                  FROM CI_ACCT_CHAR
                 WHERE ACCT_ID = :acctId
                   AND CHAR_TYPE_CD = :charType
                   AND EFFDT <= :billDate
                 ORDER BY EFFDT DESC
                """, "NwDueDateTermsAlgo - payment terms of account");
        try {
            ps.bindString("acctId", accountId, "ACCT_ID");
            ps.bindString("charType", charTypeCd, "CHAR_TYPE_CD");
            ps.bindDate("billDate", billDate);
            for (SQLResultRow row : ps.list()) {
                termsValue = row.getString("ADHOC_CHAR_VAL");
                break;
            }
        } finally {
            ps.close();
        }

        int days = defaultDays == null ? 14 : defaultDays.intValue();
        if (notBlank(termsValue)) {
            try {
                days = Integer.parseInt(termsValue.trim());
            } catch (NumberFormatException e) {
                addError(NwMessages.of(NwMessages.INVALID_PAYMENT_TERMS, accountId.trim(), termsValue));
            }
        }
        Date dueDate = billDate.addDays(days);
        LOG.fine(() -> "Due date " + dueDate + " for account " + accountId.trim());
        billData.setDueDate(dueDate);
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
