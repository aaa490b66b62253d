package com.splwg.base.api.algorithms;

import com.splwg.base.api.GenericBusinessComponent;
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
}
