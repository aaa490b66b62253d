package com.splwg.ccb.domain.rate.rateComponent;

import com.splwg.base.api.BusinessEntity;

/**
 * Rate component (CI_RC): one calculation step of a rate schedule version. Components whose value
 * is computed at billing time reference a Rate Component Value algorithm.
 */
public interface RateComponent extends BusinessEntity {

    @Override
    RateComponent_Id getId();

    /** Description printed on the bill (DESCR_ON_BILL). */
    String getDescription();

    /** Rate schedule owning the component (RS_CD). */
    String getRateScheduleCode();
}
