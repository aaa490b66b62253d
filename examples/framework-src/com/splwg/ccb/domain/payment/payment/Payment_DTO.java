package com.splwg.ccb.domain.payment.payment;

import com.splwg.base.api.DataTransferObject;
import com.splwg.base.api.datatypes.Money;
import com.splwg.base.domain.common.currency.Currency_Id;
import com.splwg.ccb.api.lookup.PaymentStatusLookup;
import com.splwg.ccb.domain.customerinfo.account.Account_Id;
import com.splwg.ccb.domain.payment.paymentEvent.PaymentEvent_Id;

/**
 * Transfer object of {@link Payment}: one property per column of CI_PAY; foreign keys are held as
 * their {@code _Id}.
 */
public class Payment_DTO implements DataTransferObject<Payment> {

    private Payment_Id id;
    private PaymentEvent_Id paymentEventId;
    private Account_Id accountId;
    private PaymentStatusLookup paymentStatus;
    private Money paymentAmount;
    private Currency_Id currencyId;
    private String matchTypeCode;
    private String matchValue;

    public Payment_Id getId() {
        return id;
    }

    public void setId(Payment_Id id) {
        this.id = id;
    }

    public PaymentEvent_Id getPaymentEventId() {
        return paymentEventId;
    }

    public void setPaymentEventId(PaymentEvent_Id paymentEventId) {
        this.paymentEventId = paymentEventId;
    }

    public Account_Id getAccountId() {
        return accountId;
    }

    public void setAccountId(Account_Id accountId) {
        this.accountId = accountId;
    }

    public PaymentStatusLookup getPaymentStatus() {
        return paymentStatus;
    }

    public void setPaymentStatus(PaymentStatusLookup paymentStatus) {
        this.paymentStatus = paymentStatus;
    }

    public Money getPaymentAmount() {
        return paymentAmount;
    }

    public void setPaymentAmount(Money paymentAmount) {
        this.paymentAmount = paymentAmount;
    }

    public Currency_Id getCurrencyId() {
        return currencyId;
    }

    public void setCurrencyId(Currency_Id currencyId) {
        this.currencyId = currencyId;
    }

    public String getMatchTypeCode() {
        return matchTypeCode;
    }

    public void setMatchTypeCode(String matchTypeCode) {
        this.matchTypeCode = matchTypeCode;
    }

    public String getMatchValue() {
        return matchValue;
    }

    public void setMatchValue(String matchValue) {
        this.matchValue = matchValue;
    }

    @Override
    public Payment newEntity() {
        throw new UnsupportedOperationException("API stub");
    }

    @Override
    public Payment getEntity() {
        return null;
    }
}
