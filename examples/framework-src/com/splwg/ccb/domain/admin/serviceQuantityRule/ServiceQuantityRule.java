package com.splwg.ccb.domain.admin.serviceQuantityRule;

import com.splwg.base.api.BusinessEntity;

/**
 * Service quantity rule (CI_SQ_RULE): manipulates service quantities (SQ) of a bill segment before
 * rate components are applied.
 */
public interface ServiceQuantityRule extends BusinessEntity {

    @Override
    ServiceQuantityRule_Id getId();

    /** Description in the session language (DESCR). */
    String getDescription();
}
