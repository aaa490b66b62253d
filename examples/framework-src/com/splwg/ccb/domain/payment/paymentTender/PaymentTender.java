package com.splwg.ccb.domain.payment.paymentTender;

import com.splwg.base.api.BusinessEntity;
import com.splwg.base.api.datatypes.Money;
import com.splwg.ccb.api.lookup.TenderStatusLookup;
import com.splwg.ccb.domain.customerinfo.account.Account;
import com.splwg.ccb.domain.payment.paymentEvent.PaymentEvent;

/**
 * Payment tender (CI_PAY_TNDR): money received in a payment event (cash, check, auto pay...).
 */
public interface PaymentTender extends BusinessEntity {

    @Override
    PaymentTender_Id getId();

    /** Payment event (PAY_EVENT_ID). */
    PaymentEvent getPaymentEvent();

    /** Amount tendered (TENDER_AMT). */
    Money getTenderAmount();

    /** Tender type (TENDER_TYPE_CD). */
    String getTenderTypeCode();

    /** Account that remitted the tender (PAYOR_ACCT_ID). */
    Account getPayorAccount();

    /** Incomplete, valid or canceled (TNDR_STATUS_FLG). */
    TenderStatusLookup getTenderStatus();
}
