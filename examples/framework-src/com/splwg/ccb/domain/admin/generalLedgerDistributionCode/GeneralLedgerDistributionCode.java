package com.splwg.ccb.domain.admin.generalLedgerDistributionCode;

import com.splwg.base.api.BusinessEntity;

/**
 * General ledger distribution code (CI_DST_CODE): the GL account template financial transactions
 * post to; may carry a GL account construction algorithm.
 */
public interface GeneralLedgerDistributionCode extends BusinessEntity {

    @Override
    GeneralLedgerDistributionCode_Id getId();

    /** Description in the session language (DESCR). */
    String getDescription();

    /** Effective GL account (template) of the distribution code (GL_ACCT). */
    String getGlAccount();
}
