package com.splwg.ccb.domain.admin.serviceAgreementType;

import com.splwg.base.api.BusinessEntity;
import com.splwg.ccb.domain.admin.billSegmentType.BillSegmentType;
import com.splwg.ccb.domain.admin.generalLedgerDistributionCode.GeneralLedgerDistributionCode;

/**
 * SA (contract) type (CI_SA_TYPE), keyed by CIS division and SA type code. Carries the contract-
 * level algorithms: SA Activation, Pre-Bill Completion, Payment Freeze, post-processing and
 * others.
 */
public interface ServiceAgreementType extends BusinessEntity {

    @Override
    ServiceAgreementType_Id getId();

    /** Description in the session language (DESCR). */
    String getDescription();

    /** Receivable distribution code (DST_ID). */
    GeneralLedgerDistributionCode getDistributionCode();

    /** Bill segment type used when billing contracts of this type (BSEG_TYPE_CD). */
    BillSegmentType getBillSegmentType();
}
