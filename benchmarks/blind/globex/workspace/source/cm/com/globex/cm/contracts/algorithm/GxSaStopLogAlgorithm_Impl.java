package com.globex.cm.contracts.algorithm;

import java.math.BigDecimal;

import com.globex.cm.common.GxSql;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.ccb.domain.admin.serviceAgreementType.SaTypeSaStopAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;

/**
 * Globex Telecom - SA Stop: writes the stop into CM_SA_STOP_LOG with the contract's balance at
 * stop time (churn dashboard feed). One row per contract and stop date.
 *
 * @author Globex ORMB team (A. Brandt)
 *
@AlgorithmComponent ()
 */
public class GxSaStopLogAlgorithm_Impl extends GxSaStopLogAlgorithm_Gen implements SaTypeSaStopAlgorithmSpot {

    private ServiceAgreement serviceAgreement;
    private Date stopDate;

    @Override
    public void invoke() {
        Date stop = stopDate != null ? stopDate : getProcessDateTime().getDate();

        PreparedStatement bal = createPreparedStatement(
                "SELECT SUM(CUR_AMT) AS BAL FROM CI_FT WHERE SA_ID = :saId AND FREEZE_SW = 'Y'",
                "GxSaStopLog - contract balance");
        bal.bindId("saId", serviceAgreement.getId());
        BigDecimal balance = GxSql.firstDecimal(bal, "BAL");

        PreparedStatement del = createPreparedStatement(
                "DELETE FROM CM_SA_STOP_LOG WHERE SA_ID = :saId AND STOP_DT = :stopDt", "GxSaStopLog - remove previous");
        del.bindId("saId", serviceAgreement.getId());
        del.bindDate("stopDt", stop);
        GxSql.update(del);

        PreparedStatement ins = createPreparedStatement(
                "INSERT INTO CM_SA_STOP_LOG (SA_ID, STOP_DT, ACCT_ID, SA_TYPE_CD, BALANCE_AMT, LOG_DTTM) "
                        + "SELECT SA_ID, :stopDt, ACCT_ID, SA_TYPE_CD, :bal, :now FROM CI_SA WHERE SA_ID = :saId",
                "GxSaStopLog - log stop");
        ins.bindDate("stopDt", stop);
        ins.bindBigDecimal("bal", balance);
        ins.bindDateTime("now", getSystemDateTime());
        ins.bindId("saId", serviceAgreement.getId());
        GxSql.update(ins);
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
