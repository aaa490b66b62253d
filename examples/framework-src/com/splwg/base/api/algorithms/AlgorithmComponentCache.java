package com.splwg.base.api.algorithms;

import com.splwg.base.domain.common.algorithm.Algorithm_Id;

/**
 * Looks up (and caches per session) the component instance behind an algorithm. Used to invoke
 * algorithms of custom spots:
 *
 * <pre>
 * CmHoldCriteriaAlgorithmSpot spot = AlgorithmComponentCache.getAlgorithmComponent(
 *         algorithm.getId(), CmHoldCriteriaAlgorithmSpot.class);
 * spot.setAccount(account);
 * spot.invoke();
 * </pre>
 */
public final class AlgorithmComponentCache {

    private AlgorithmComponentCache() {
    }

    public static <T extends AlgorithmSpot> T getAlgorithmComponent(Algorithm_Id algorithmId, Class<T> spotClass) {
        throw new UnsupportedOperationException("API stub");
    }
}
