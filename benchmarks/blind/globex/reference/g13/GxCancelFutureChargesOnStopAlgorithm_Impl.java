package com.globex.cm.contracts.algorithm;

import com.globex.cm.common.GxSql;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.ccb.api.lookup.BillableChargeStatusLookup;
import com.splwg.ccb.domain.admin.serviceAgreementType.SaTypeSaStopAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Globex Telecom - SA Stop: billable charges of the stopped contract that are still billable and
 * start after the stop date are canceled (device instalments and add-on packs after churn).
 *
 * @author Globex ORMB team
 *
@AlgorithmComponent ()
 */
public class GxCancelFutureChargesOnStopAlgorithm_Impl extends GxCancelFutureChargesOnStopAlgorithm_Gen
        implements SaTypeSaStopAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(GxCancelFutureChargesOnStopAlgorithm_Impl.class);

    private ServiceAgreement serviceAgreement;
    private Date stopDate;

    @Override
    public void invoke() {
        Date stop = stopDate != null ? stopDate : serviceAgreement.getEndDate();
        if (stop == null) {
            stop = getProcessDateTime().getDate();
        }
        PreparedStatement upd = createPreparedStatement(
                "UPDATE CI_BILL_CHG SET BILLABLE_CHG_STAT = :canceled WHERE SA_ID = :saId "
                        + "AND BILLABLE_CHG_STAT = :billable AND START_DT > :stopDt",
                "GxCancelFutureChargesOnStop - cancel future charges");
        upd.bindLookup("canceled", BillableChargeStatusLookup.constants.CANCELED);
        upd.bindId("saId", serviceAgreement.getId());
        upd.bindLookup("billable", BillableChargeStatusLookup.constants.BILLABLE);
        upd.bindDate("stopDt", stop);
        int n = GxSql.update(upd);
        logger.info("Contract " + serviceAgreement.getId().getTrimmedValue() + ": " + n + " future charge(s) canceled");
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
