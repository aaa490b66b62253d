package com.splwg.ccb.domain.admin.billSegmentType;

import com.splwg.base.api.BusinessEntity;

/**
 * Bill segment type (CI_BSEG_TYPE): controls how bill segments of an SA type are created (its Bill
 * Segment Creation algorithm) and how their financial transactions are built.
 */
public interface BillSegmentType extends BusinessEntity {

    @Override
    BillSegmentType_Id getId();

    /** Description in the session language (DESCR). */
    String getDescription();
}
