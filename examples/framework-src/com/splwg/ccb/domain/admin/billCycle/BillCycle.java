package com.splwg.ccb.domain.admin.billCycle;

import com.splwg.base.api.BusinessEntity;

/**
 * Bill cycle (CI_BILL_CYC): the schedule on which an account's bills are created; each schedule
 * entry has a window start date and an accounting date.
 */
public interface BillCycle extends BusinessEntity {

    @Override
    BillCycle_Id getId();

    /** Description in the session language (DESCR). */
    String getDescription();
}
