package com.splwg.ccb.domain.rate.rateComponent;

import com.splwg.base.api.algorithms.AlgorithmSpot;
import com.splwg.base.api.datatypes.Bool;
import com.splwg.ccb.domain.rate.ApplyRateData;

/**
 * Rate Component - Criteria Field Algorithm. Rate components with eligibility criteria call this
 * algorithm to obtain the value of a criteria field that is not a plain service quantity (for
 * example a characteristic of the billable charge, the contract or the account); the rate
 * component is applied only when the criteria compare true.
 *
 * <p>Input hard parameters: the apply-rate data and the eligibility criterion. Output: whether the
 * field was found and its value.
 *
 * @AlgorithmSpot (algorithmEntityValues = { "rateComponentCriteriaField"})
 */
public interface RateComponentCriteriaFieldAlgorithmSpot extends AlgorithmSpot {

    /** The rate application in progress. */
    void setApplyRateData(ApplyRateData applyRateData);

    /** The criterion being evaluated. */
    void setRateComponentEligibilityCriteria(RateComponentEligibilityCriteria rateComponentEligibilityCriteria);

    /** True when a value for the field exists. */
    Bool getIsCriteriaFieldFound();

    /** The field's value, compared with the criterion's comparison value. */
    String getCriteriaFieldValue();
}
