package com.splwg.base.domain.common.currency;

import java.math.BigInteger;

import com.splwg.base.api.BusinessEntity;

/**
 * Currency code (CI_CURRENCY_CD). Money amounts carry the currency's key, e.g. {@code new
 * Money(amount, account.getCurrency().getId())}.
 */
public interface Currency extends BusinessEntity {

    @Override
    Currency_Id getId();

    /** Description in the session language (DESCR). */
    String getDescription();

    /** Symbol shown on pages and bills (CURRENCY_SYMBOL). */
    String getCurrencySymbol();

    /** Number of decimal places amounts are rounded to (DECIMAL_POSITIONS). */
    BigInteger getDecimalPositions();
}
