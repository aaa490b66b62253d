package com.splwg.cm.domain.customer.algorithm;

import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.ccb.api.lookup.BillableChargeStatusLookup;
import com.splwg.ccb.domain.admin.serviceAgreementType.SaTypeSaStopAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * A stopped contract must not bill service it no longer delivers: its billable charges that are
 * still billable and start after the stop date are cancelled. Charges for earlier periods stay.
 *
 * Plugged on the SA Type, SA Stop event.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent ()
 */
public class CmCancelChargesAfterStopAlgComp_Impl extends CmCancelChargesAfterStopAlgComp_Gen
        implements SaTypeSaStopAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmCancelChargesAfterStopAlgComp_Impl.class);

    private ServiceAgreement serviceAgreement;
    private Date stopDate;

    @Override
    public void invoke() {
        Date effectiveStop = notNull(stopDate) ? stopDate : serviceAgreement.getEndDate();
        if (isNull(effectiveStop)) {
            return;
        }
        PreparedStatement update = createPreparedStatement(
                "UPDATE CI_BILL_CHG SET BILLABLE_CHG_STAT = :canceled "
                + " WHERE SA_ID = :saId AND BILLABLE_CHG_STAT = :billable AND START_DT > :stopDate",
                "CmCancelChargesAfterStop - cancel future charges");
        try {
            update.bindLookup("canceled", BillableChargeStatusLookup.constants.CANCELED);
            update.bindId("saId", serviceAgreement.getId());
            update.bindLookup("billable", BillableChargeStatusLookup.constants.BILLABLE);
            update.bindDate("stopDate", effectiveStop);
            int canceled = update.executeUpdate();
            logger.info(canceled + " billable charge(s) after " + effectiveStop + " cancelled on contract "
                    + serviceAgreement.getId().getTrimmedValue());
        } finally {
            update.close();
        }
    }

    @Override
    public void setServiceAgreement(ServiceAgreement serviceAgreement) {
        this.serviceAgreement = serviceAgreement;
    }

    @Override
    public void setStopDate(Date stopDate) {
        this.stopDate = stopDate;
    }
}
