package com.northwind.ormb.ext.pricing.algo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.logging.Logger;

import com.northwind.ormb.ext.common.NwMessages;
import com.splwg.base.api.algorithms.AbstractAlgorithmComponent;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.base.domain.common.currency.Currency;
import com.splwg.ccb.domain.pricing.exchangeRate.CurrencyConversionAlgorithmSpot;

/**
 * Currency Conversion: converts EUR wholesale pass-through costs into GBP with the treasury
 * rates in CM_EXCH_RATE - the latest rate of the requested type effective on or before the
 * conversion date. Same currency converts 1:1. No rate is an error (pricing must not guess).
 *
 * Parameters:
 *   1 defaultRateType (string, optional, default SPOT) - rate type when the caller passes none
 *   2 decimals (integer, optional, default 2) - rounding of the converted amount
 */
public class NwExchRateConversionAlgo_Impl extends AbstractAlgorithmComponent
        implements CurrencyConversionAlgorithmSpot {

    private static final Logger LOG = Logger.getLogger(NwExchRateConversionAlgo_Impl.class.getName());

    private Currency sourceCurrency;
    private Currency targetCurrency;
    private BigDecimal amount;
    private Date conversionDate;
    private String exchangeRateType;
    private BigDecimal convertedAmount;
    private BigDecimal exchangeRate;

    @Override
    public void invoke() {
        String rateType = notBlank(exchangeRateType) ? exchangeRateType.trim() : getStringSoftParameter("defaultRateType");
        if (isBlankOrNull(rateType)) {
            rateType = "SPOT";
        }
        int decimals = getIntegerSoftParameter("decimals") == null ? 2 : getIntegerSoftParameter("decimals").intValue();

        String from = sourceCurrency.getId().getIdValue();
        String to = targetCurrency.getId().getIdValue();
        if (from.trim().equals(to.trim())) {
            exchangeRate = BigDecimal.ONE;
            convertedAmount = amount;
            return;
        }

        PreparedStatement ps = createPreparedStatement("""
                SELECT EXCH_RATE
                  FROM CM_EXCH_RATE
                 WHERE FROM_CURRENCY_CD = :fromCcy
                   AND TO_CURRENCY_CD = :toCcy
                   AND RATE_TYPE_CD = :rateType
                   AND EFFDT <= :convDate
                 ORDER BY EFFDT DESC
                """, "NwExchRateConversionAlgo - effective exchange rate");
        try {
            ps.bindString("fromCcy", from, "FROM_CURRENCY_CD");
            ps.bindString("toCcy", to, "TO_CURRENCY_CD");
            ps.bindString("rateType", rateType, "RATE_TYPE_CD");
            ps.bindDate("convDate", conversionDate);
            for (SQLResultRow row : ps.list()) {
                exchangeRate = row.getBigDecimal("EXCH_RATE");
                break;
            }
        } finally {
            ps.close();
        }

        if (exchangeRate == null) {
            addError(NwMessages.of(NwMessages.NO_EXCHANGE_RATE, from.trim(), to.trim(), rateType,
                    String.valueOf(conversionDate)));
        }
        convertedAmount = amount.multiply(exchangeRate).setScale(decimals, RoundingMode.HALF_UP);
        LOG.fine(() -> amount + " " + from.trim() + " = " + convertedAmount + " " + to.trim());
    }

    @Override
    public void setSourceCurrency(Currency sourceCurrency) {
        this.sourceCurrency = sourceCurrency;
    }

    @Override
    public void setTargetCurrency(Currency targetCurrency) {
        this.targetCurrency = targetCurrency;
    }

    @Override
    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    @Override
    public void setConversionDate(Date conversionDate) {
        this.conversionDate = conversionDate;
    }

    @Override
    public void setExchangeRateType(String exchangeRateType) {
        this.exchangeRateType = exchangeRateType;
    }

    @Override
    public BigDecimal getConvertedAmount() {
        return convertedAmount;
    }

    @Override
    public BigDecimal getExchangeRate() {
        return exchangeRate;
    }
}
