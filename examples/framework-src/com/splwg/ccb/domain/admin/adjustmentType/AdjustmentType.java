package com.splwg.ccb.domain.admin.adjustmentType;

import com.splwg.base.api.BusinessEntity;
import com.splwg.ccb.domain.admin.generalLedgerDistributionCode.GeneralLedgerDistributionCode;

/**
 * Adjustment type (CI_ADJ_TYPE): the kind of a financial adjustment with its distribution code and
 * its algorithms (Adjustment Generation, Adjustment Freeze, Determine SA for uploaded
 * adjustments).
 */
public interface AdjustmentType extends BusinessEntity {

    @Override
    AdjustmentType_Id getId();

    /** Description in the session language (DESCR). */
    String getDescription();

    /** Distribution code the adjustment's GL lines post to (DST_ID). */
    GeneralLedgerDistributionCode getDistributionCode();
}
