package com.splwg.ccb.domain.rate.rateComponent;

import java.math.BigInteger;

import com.splwg.base.domain.common.characteristicType.CharacteristicType;

/**
 * One eligibility criterion of a rate component: a field (resolved by a Criteria Field algorithm),
 * a comparison operator and the value to compare with.
 */
public class RateComponentEligibilityCriteria {

    private BigInteger criteriaSequence;
    private CharacteristicType characteristicType;
    private String comparisonOperator;
    private String comparisonValue;

    /** Sequence of the criterion. */
    public BigInteger getCriteriaSequence() {
        return criteriaSequence;
    }

    public void setCriteriaSequence(BigInteger criteriaSequence) {
        this.criteriaSequence = criteriaSequence;
    }

    /** Characteristic type holding the field value, when the criteria field is a characteristic. */
    public CharacteristicType getCharacteristicType() {
        return characteristicType;
    }

    public void setCharacteristicType(CharacteristicType characteristicType) {
        this.characteristicType = characteristicType;
    }

    /** Operator: =, <>, <, <=, >, >=, IN. */
    public String getComparisonOperator() {
        return comparisonOperator;
    }

    public void setComparisonOperator(String comparisonOperator) {
        this.comparisonOperator = comparisonOperator;
    }

    /** Value compared with the field. */
    public String getComparisonValue() {
        return comparisonValue;
    }

    public void setComparisonValue(String comparisonValue) {
        this.comparisonValue = comparisonValue;
    }
}
