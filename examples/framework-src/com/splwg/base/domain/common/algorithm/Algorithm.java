package com.splwg.base.domain.common.algorithm;

import com.splwg.base.api.BusinessEntity;
import com.splwg.base.api.algorithms.AlgorithmSpot;

/**
 * An algorithm (CI_ALG): an algorithm type plus values for its soft parameters. Algorithms are
 * plugged on control tables (customer class, SA type, business object status...) for a system
 * event.
 */
public interface Algorithm extends BusinessEntity {

    @Override
    Algorithm_Id getId();

    /** Description in the session language (DESCR). */
    String getDescription();

    /** Algorithm type that names the Java implementation (ALG_TYPE_CD). */
    String getAlgorithmTypeCode();

    /** The component implementing {@code spotClass} for this algorithm; see {@code AlgorithmComponentCache}. */
    <T extends AlgorithmSpot> T getAlgorithmComponent(Class<T> spotClass);
}
