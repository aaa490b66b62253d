package com.splwg.ccb.domain.admin.serviceAgreementType;

import com.splwg.base.api.datatypes.EntityId;
import com.splwg.ccb.domain.admin.cisDivision.CisDivision;
import com.splwg.ccb.domain.admin.cisDivision.CisDivision_Id;

/**
 * Composite primary key of {@link ServiceAgreementType} (CI_SA_TYPE).
 */
public final class ServiceAgreementType_Id extends EntityId<ServiceAgreementType> {

    private static final long serialVersionUID = 1L;

    private final CisDivision_Id divisionId;
    private final String saType;

    public ServiceAgreementType_Id(CisDivision_Id divisionId, String saType) {
        super(divisionId.getIdValue() + "|" + String.valueOf(saType));
        this.divisionId = divisionId;
        this.saType = saType;
    }

    public ServiceAgreementType_Id(CisDivision division, String saType) {
        this(division.getId(), saType);
    }

    public CisDivision_Id getDivisionId() {
        return divisionId;
    }

    public String getSaType() {
        return saType;
    }

    @Override
    public ServiceAgreementType getEntity() {
        return null;
    }
}
