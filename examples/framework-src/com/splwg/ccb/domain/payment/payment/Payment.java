package com.splwg.ccb.domain.payment.payment;

import com.splwg.base.api.BusinessEntity;
import com.splwg.base.api.datatypes.Money;
import com.splwg.base.domain.common.currency.Currency;
import com.splwg.ccb.api.lookup.PaymentStatusLookup;
import com.splwg.ccb.domain.customerinfo.account.Account;
import com.splwg.ccb.domain.payment.paymentEvent.PaymentEvent;

/**
 * Payment (CI_PAY): the part of a payment event applied to one account; distributed to contracts
 * as payment segments. Freezing it creates the payment segments' financial transactions
 * (FT_TYPE_FLG 'PS') and runs the customer class Payment Freeze algorithms.
 */
public interface Payment extends BusinessEntity {

    @Override
    Payment_Id getId();

    /** Payment event (PAY_EVENT_ID). */
    PaymentEvent getPaymentEvent();

    /** Paying account (ACCT_ID). */
    Account getAccount();

    /** Incomplete, error, freezable, frozen or canceled (PAY_STATUS_FLG). */
    PaymentStatusLookup getPaymentStatus();

    /** Amount (PAY_AMT). */
    Money getPaymentAmount();

    /** Currency (CURRENCY_CD). */
    Currency getCurrency();

    /** How the payment is matched (e.g. to a bill) (MATCH_TYPE_CD). */
    String getMatchTypeCode();

    /** Match value, e.g. the bill id (MATCH_VAL). */
    String getMatchValue();

    /** Characteristics of this payment (CI_PAY_CHAR). */
    PaymentCharacteristics getCharacteristics();

    Payment_DTO getDTO();

    void setDTO(Payment_DTO dto);
}
