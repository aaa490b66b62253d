package com.splwg.ccb.domain.admin.customerClass;

import com.splwg.base.api.BusinessEntity;

/**
 * Customer class (CI_CUST_CL): classifies accounts and carries the billing and payment algorithms
 * of its accounts (Pre-Bill Completion, Bill Completion, Post-Bill Completion, Payment Freeze, FT
 * Freeze, Bill Eligibility, Overpayment Distribution, Late Payment Charge...).
 */
public interface CustomerClass extends BusinessEntity {

    @Override
    CustomerClass_Id getId();

    /** Description in the session language (DESCR). */
    String getDescription();
}
