package com.splwg.ccb.domain.customerinfo.serviceAgreement;

import com.splwg.base.api.datatypes.EntityId;

/**
 * Primary key of {@link ServiceAgreement} (CI_SA).
 */
public final class ServiceAgreement_Id extends EntityId<ServiceAgreement> {

    private static final long serialVersionUID = 1L;

    public ServiceAgreement_Id(String serviceAgreementId) {
        super(serviceAgreementId);
    }

    @Override
    public ServiceAgreement getEntity() {
        return null;
    }
}
