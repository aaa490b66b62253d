package com.splwg.ccb.domain.admin.serviceQuantityRule;

import com.splwg.base.api.datatypes.EntityId;

/**
 * Primary key of {@link ServiceQuantityRule} (CI_SQ_RULE).
 */
public final class ServiceQuantityRule_Id extends EntityId<ServiceQuantityRule> {

    private static final long serialVersionUID = 1L;

    public ServiceQuantityRule_Id(String serviceQuantityRuleId) {
        super(serviceQuantityRuleId);
    }

    @Override
    public ServiceQuantityRule getEntity() {
        return null;
    }
}
