package com.splwg.ccb.domain.admin.generalLedgerDistributionCode;

import com.splwg.base.api.datatypes.EntityId;

/**
 * Primary key of {@link GeneralLedgerDistributionCode} (CI_DST_CODE).
 */
public final class GeneralLedgerDistributionCode_Id extends EntityId<GeneralLedgerDistributionCode> {

    private static final long serialVersionUID = 1L;

    public GeneralLedgerDistributionCode_Id(String generalLedgerDistributionCodeId) {
        super(generalLedgerDistributionCodeId);
    }

    @Override
    public GeneralLedgerDistributionCode getEntity() {
        return null;
    }
}
