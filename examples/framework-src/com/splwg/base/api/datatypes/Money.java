package com.splwg.base.api.datatypes;

import java.math.BigDecimal;

import com.splwg.base.domain.common.currency.Currency_Id;

/**
 * An amount in a currency, as carried by financial columns ({@code CI_FT.CUR_AMT},
 * {@code CI_ADJ.ADJ_AMT}, {@code CI_PAY.PAY_AMT}) together with their {@code CURRENCY_CD}.
 * Arithmetic is only defined between amounts of the same currency.
 *
 * <pre>
 * Money fee = new Money(feeAmount, account.getCurrency().getId());
 * </pre>
 */
public final class Money implements Comparable<Money>, java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final BigDecimal amount;
    private final Currency_Id currencyId;

    public Money(BigDecimal amount, Currency_Id currencyId) {
        this.amount = amount;
        this.currencyId = currencyId;
    }

    public Money(String amount, Currency_Id currencyId) {
        this(new BigDecimal(amount), currencyId);
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public Currency_Id getCurrencyId() {
        return currencyId;
    }

    public Money add(Money other) {
        return new Money(amount.add(other.amount), currencyId);
    }

    public Money subtract(Money other) {
        return new Money(amount.subtract(other.amount), currencyId);
    }

    public Money multiply(BigDecimal factor) {
        return new Money(amount.multiply(factor), currencyId);
    }

    public Money negate() {
        return new Money(amount.negate(), currencyId);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + (currencyId == null ? "" : currencyId.getTrimmedValue());
    }
}
