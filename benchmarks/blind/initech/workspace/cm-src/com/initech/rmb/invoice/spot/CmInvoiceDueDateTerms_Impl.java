package com.initech.rmb.invoice.spot;

import com.initech.rmb.common.InitechAlgorithm;
import com.initech.rmb.common.InitechMessages;
import com.initech.rmb.common.SoftParams;
import com.splwg.base.api.datatypes.Bool;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.domain.common.characteristicType.CharacteristicType;
import com.splwg.base.domain.common.characteristicType.CharacteristicType_Id;
import com.splwg.base.domain.common.currency.Currency;
import com.splwg.ccb.domain.admin.customerClass.CustomerClassBillCompletionAlgorithmSpot;
import com.splwg.ccb.domain.billing.bill.BillData;
import com.splwg.ccb.domain.customerinfo.account.AccountCharacteristic;

/**
 * Customer Class - Bill Completion (CM-DUETERM). Sets the invoice due date from the counterparty's
 * negotiated payment terms: bill date + N days, N being the account's payment terms characteristic
 * (ad hoc, whole days) or the default terms of the algorithm.
 */
@SoftParams({"paymentTermsCharType:entity", "defaultTermsDays:integer"})
public class CmInvoiceDueDateTerms_Impl extends InitechAlgorithm implements CustomerClassBillCompletionAlgorithmSpot {

    private BillData billData;
    private Date billDate;

    @Override
    public void invoke() {
        int days = intParam("defaultTermsDays", 30);
        CharacteristicType termsType = new CharacteristicType_Id(param("paymentTermsCharType")).getEntity();
        AccountCharacteristic terms = billData.getAccount().getEffectiveCharacteristic(termsType, billDate);
        if (terms != null && notBlank(terms.getAdhocCharacteristicValue())) {
            String value = terms.getAdhocCharacteristicValue().trim();
            try {
                days = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                fail(InitechMessages.PAYMENT_TERMS_INVALID, value, billData.getAccount().getId().getTrimmedValue());
                return;
            }
        }
        billData.setDueDate(billDate.addDays(days));
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
        return Bool.FALSE;
    }
}
