package com.splwg.cm.domain.pricing.algorithm;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.base.domain.common.currency.Currency;
import com.splwg.ccb.domain.pricing.exchangeRate.CurrencyConversionAlgorithmSpot;
import com.splwg.cm.domain.common.messageRepository.CmMessageRepository;

/**
 * Converts amounts with the treasury's exchange rates (CM_EXCH_RATE, loaded daily from the
 * treasury system) instead of the base currency conversion tables. The rate effective on the
 * conversion date is used directly; when treasury only publishes the opposite direction the
 * inverse is used, and as a last resort the cross rate through the pivot currency. The result is
 * rounded to the target currency's decimal positions.
 *
 * Configured as the currency conversion algorithm on the Billing feature configuration.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = defaultRateType, required = true, type = string)
 *            , @AlgorithmSoftParameter (name = pivotCurrency, type = string)})
 */
public class CmTreasuryRateConversionAlgo_Impl extends CmTreasuryRateConversionAlgo_Gen implements CurrencyConversionAlgorithmSpot {

    private static final String RATE_SQL = "SELECT R.EXCH_RATE, R.EFFDT "
            + "FROM CM_EXCH_RATE R "
            + "WHERE R.FROM_CURRENCY_CD = :fromCurrency "
            + "AND R.TO_CURRENCY_CD = :toCurrency "
            + "AND R.RATE_TYPE_CD = :rateType "
            + "AND R.EFFDT = (SELECT MAX(R2.EFFDT) FROM CM_EXCH_RATE R2 "
            + "               WHERE R2.FROM_CURRENCY_CD = R.FROM_CURRENCY_CD "
            + "               AND R2.TO_CURRENCY_CD = R.TO_CURRENCY_CD "
            + "               AND R2.RATE_TYPE_CD = R.RATE_TYPE_CD "
            + "               AND R2.EFFDT <= :conversionDate)";

    private static final MathContext RATE_PRECISION = new MathContext(16, RoundingMode.HALF_UP);

    private Currency sourceCurrency;
    private Currency targetCurrency;
    private BigDecimal amount;
    private Date conversionDate;
    private String exchangeRateType;
    private BigDecimal convertedAmount;
    private BigDecimal exchangeRate;

    @Override
    public void invoke() {
        String from = sourceCurrency.getId().getIdValue();
        String to = targetCurrency.getId().getIdValue();
        String rateType = isBlankOrNull(exchangeRateType) ? getDefaultRateType() : exchangeRateType;

        if (from.trim().equals(to.trim())) {
            exchangeRate = BigDecimal.ONE;
        } else {
            exchangeRate = rate(from, to, rateType);
        }
        if (isNull(exchangeRate) && notBlank(getPivotCurrency())) {
            BigDecimal toPivot = rate(from, getPivotCurrency(), rateType);
            BigDecimal fromPivot = rate(getPivotCurrency(), to, rateType);
            if (notNull(toPivot) && notNull(fromPivot)) {
                exchangeRate = toPivot.multiply(fromPivot, RATE_PRECISION);
            }
        }
        if (isNull(exchangeRate)) {
            addError(CmMessageRepository.exchangeRateNotFound(from.trim(), to.trim(), rateType.trim(), conversionDate));
        }

        int scale = isNull(targetCurrency.getDecimalPositions()) ? 2 : targetCurrency.getDecimalPositions().intValue();
        convertedAmount = amount.multiply(exchangeRate).setScale(scale, RoundingMode.HALF_UP);
    }

    /** Direct rate, else the inverse of the opposite rate; null when treasury has neither. */
    private BigDecimal rate(String from, String to, String rateType) {
        BigDecimal direct = publishedRate(from, to, rateType);
        if (notNull(direct)) {
            return direct;
        }
        BigDecimal opposite = publishedRate(to, from, rateType);
        return isNull(opposite) || opposite.signum() == 0 ? null : BigDecimal.ONE.divide(opposite, RATE_PRECISION);
    }

    private BigDecimal publishedRate(String from, String to, String rateType) {
        PreparedStatement ps = createPreparedStatement(RATE_SQL, "CmTreasuryRateConversion - treasury rate");
        try {
            ps.bindString("fromCurrency", from, "FROM_CURRENCY_CD");
            ps.bindString("toCurrency", to, "TO_CURRENCY_CD");
            ps.bindString("rateType", rateType, "RATE_TYPE_CD");
            ps.bindDate("conversionDate", conversionDate);
            SQLResultRow row = ps.firstRow();
            return row == null ? null : row.getBigDecimal("EXCH_RATE");
        } finally {
            ps.close();
        }
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
