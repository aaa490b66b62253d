package com.splwg.ccb.domain.pricing.exchangeRate;

import java.math.BigDecimal;

import com.splwg.base.api.algorithms.AlgorithmSpot;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.domain.common.currency.Currency;

/**
 * Currency Conversion. ORMB calls the algorithm configured for <b>currency conversion</b> whenever
 * an amount must be converted between currencies: pricing in a price currency different from the
 * contract's currency, transaction feed amounts in a foreign currency, multi-currency bills.
 * Implementations look up the exchange rate effective on the conversion date for the rate type.
 *
 * <p>Input hard parameters: source and target currency, amount, conversion date and exchange rate
 * type. Output: the converted amount and the rate used.
 *
 * @AlgorithmSpot (algorithmEntityValues = { "currencyConversion"})
 */
public interface CurrencyConversionAlgorithmSpot extends AlgorithmSpot {

    void setSourceCurrency(Currency sourceCurrency);

    void setTargetCurrency(Currency targetCurrency);

    /** Amount in the source currency. */
    void setAmount(BigDecimal amount);

    /** Date the rate must be effective on. */
    void setConversionDate(Date conversionDate);

    /** Exchange rate type (e.g. spot, monthly average). */
    void setExchangeRateType(String exchangeRateType);

    /** Amount in the target currency. */
    BigDecimal getConvertedAmount();

    /** Rate applied. */
    BigDecimal getExchangeRate();
}
