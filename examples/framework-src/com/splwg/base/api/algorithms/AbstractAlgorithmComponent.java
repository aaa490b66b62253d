package com.splwg.base.api.algorithms;

import java.math.BigDecimal;
import java.math.BigInteger;

import com.splwg.base.api.GenericBusinessComponent;
import com.splwg.base.api.datatypes.Bool;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.domain.common.algorithm.Algorithm;

/**
 * Framework super class of the generated {@code CmXxx_Gen} classes. The artifact generator reads
 * the {@code @AlgorithmComponent (softParameters = {...})} tag of the implementation's Javadoc and
 * emits one typed getter per soft parameter ({@code getThresholdAmount()},
 * {@code getToDoType()}...) on top of the helpers inherited from here.
 */
public abstract class AbstractAlgorithmComponent extends GenericBusinessComponent {

    /** The algorithm (configuration) this instance was created for. */
    public Algorithm getAlgorithm() {
        throw new UnsupportedOperationException("API stub");
    }

    /** Code of the algorithm, for log and message text. */
    public String getAlgorithmCode() {
        return getAlgorithm() == null ? null : getAlgorithm().getId().getTrimmedValue();
    }

    /**
     * Hook for cross-field validation of soft parameter values. Called when the algorithm is
     * saved ({@code forAlgorithmValidation = true}) and before the first invocation in a session.
     * Report problems with {@code addError}.
     */
    protected void extraSoftParameterValidations(boolean forAlgorithmValidation) {
    }

    /**
     * Value of the soft parameter called {@code name} on this algorithm, as text (null when the
     * algorithm leaves it empty). Name-based access serves algorithm types whose parameters are
     * declared on the Algorithm Type only (no generated {@code _Gen} getters); entity parameters
     * come back as their code ({@code new ToDoType_Id(code)} turns one into an id).
     */
    protected String getStringSoftParameter(String name) {
        throw new UnsupportedOperationException("API stub");
    }

    /** Soft parameter {@code name} as a decimal (null when empty). */
    protected BigDecimal getDecimalSoftParameter(String name) {
        throw new UnsupportedOperationException("API stub");
    }

    /** Soft parameter {@code name} as an integer (null when empty). */
    protected BigInteger getIntegerSoftParameter(String name) {
        throw new UnsupportedOperationException("API stub");
    }

    /** Soft parameter {@code name} as a date written {@code yyyy-MM-dd} (null when empty). */
    protected Date getDateSoftParameter(String name) {
        throw new UnsupportedOperationException("API stub");
    }

    /** Soft parameter {@code name} as a Y/N flag ({@code Bool.FALSE} when empty). */
    protected Bool getBooleanSoftParameter(String name) {
        throw new UnsupportedOperationException("API stub");
    }
}
