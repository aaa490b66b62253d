package com.splwg.ccb.domain.rate.rateComponent;

import java.math.BigDecimal;

import com.splwg.base.api.algorithms.AlgorithmSpot;
import com.splwg.ccb.domain.rate.ApplyRateData;

/**
 * Rate Component - Value Algorithm. A rate component whose value type is "algorithm" calls this
 * algorithm during rate application to obtain its value (a price, a factor, a quantity) instead
 * of using a fixed value. In ORMB pricing it commonly reads the price component value of the
 * applicable price assignment ({@code CI_PRICEASGN} / {@code CI_PRICECOMP}), a tier of a
 * customer-specific rate, or a characteristic of the billable charge.
 *
 * <p>Input hard parameters: the apply-rate data (contract, billable charge, price item, period,
 * service quantities) and the rate component. Output: the value.
 *
 * @AlgorithmSpot (algorithmEntityValues = { "rateComponentValue"})
 */
public interface RateComponentValueAlgorithmSpot extends AlgorithmSpot {

    /** The rate application in progress. */
    void setApplyRateData(ApplyRateData applyRateData);

    /** The rate component asking for a value. */
    void setRateComponent(RateComponent rateComponent);

    /** Possibly updated rate application data. */
    ApplyRateData getApplyRateData();

    /** The component's value. */
    BigDecimal getValue();
}
