package com.splwg.ccb.domain.admin.cisDivision;

import com.splwg.base.api.BusinessEntity;
import com.splwg.base.domain.common.currency.Currency;

/**
 * CIS division (CI_CIS_DIVISION): the jurisdiction that owns accounts and contracts and qualifies
 * SA types and their defaults.
 */
public interface CisDivision extends BusinessEntity {

    @Override
    CisDivision_Id getId();

    /** Description in the session language (DESCR). */
    String getDescription();

    /** Default currency of the division (CURRENCY_CD). */
    Currency getCurrency();
}
