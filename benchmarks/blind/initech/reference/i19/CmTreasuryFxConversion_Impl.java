package com.initech.rmb.pricing.spot;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.initech.rmb.common.InitechAlgorithm;
import com.initech.rmb.common.InitechMessages;
import com.initech.rmb.common.SoftParams;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.base.domain.common.currency.Currency;
import com.splwg.ccb.domain.pricing.exchangeRate.CurrencyConversionAlgorithmSpot;

/**
 * Currency Conversion (CM-FXCONV). Converts tariff amounts with the treasury rates of CM_FX_RATE:
 * the latest rate of the currency pair and rate type effective on or before the conversion date;
 * the result is rounded to 2 decimals. No rate is an error.
 */
@SoftParams({})
public class CmTreasuryFxConversion_Impl extends InitechAlgorithm implements CurrencyConversionAlgorithmSpot {

    private static final String SQL_RATE =
            "SELECT FX_RATE FROM CM_FX_RATE "
            + "WHERE FROM_CURRENCY_CD = :fromCcy AND TO_CURRENCY_CD = :toCcy AND RATE_TYPE_CD = :rateType "
            + "AND EFFDT <= :convDate ORDER BY EFFDT DESC";

    private Currency sourceCurrency;
    private Currency targetCurrency;
    private BigDecimal amount;
    private Date conversionDate;
    private String exchangeRateType;
    private BigDecimal convertedAmount;
    private BigDecimal exchangeRate;

    @Override
    public void invoke() {
        Date asOf = conversionDate != null ? conversionDate : getProcessDateTime().getDate();
        PreparedStatement ps = sql(SQL_RATE);
        try {
            ps.bindId("fromCcy", sourceCurrency.getId());
            ps.bindId("toCcy", targetCurrency.getId());
            ps.bindString("rateType", exchangeRateType, "RATE_TYPE_CD");
            ps.bindDate("convDate", asOf);
            SQLResultRow row = ps.firstRow();
            if (row == null) {
                fail(InitechMessages.GENERIC_RULE_FAILED, "No " + exchangeRateType + " rate from "
                        + sourceCurrency.getId().getTrimmedValue() + " to " + targetCurrency.getId().getTrimmedValue()
                        + " on " + asOf);
                return;
            }
            exchangeRate = row.getBigDecimal("FX_RATE");
        } finally {
            ps.close();
        }
        convertedAmount = amount.multiply(exchangeRate).setScale(2, RoundingMode.HALF_UP);
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
