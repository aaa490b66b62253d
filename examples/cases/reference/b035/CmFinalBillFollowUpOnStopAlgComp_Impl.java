package com.splwg.cm.domain.customer.algorithm;

import java.math.BigDecimal;

import com.splwg.base.api.businessService.BusinessServiceDispatcher;
import com.splwg.base.api.businessService.BusinessServiceInstance;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.domain.admin.serviceAgreementType.SaTypeSaStopAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Makes sure stopped contracts are billed out: when a contract is stopped while it still owes more
 * than the tolerance (current amounts of its frozen FTs), a To Do entry asks billing to follow up
 * the final bill.
 *
 * Plugged on the SA Type, SA Stop event.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = balanceTolerance, type = decimal)
 *            , @AlgorithmSoftParameter (entityName = toDoType, name = finalBillToDoType, required = true, type = entity)})
 */
public class CmFinalBillFollowUpOnStopAlgComp_Impl extends CmFinalBillFollowUpOnStopAlgComp_Gen
        implements SaTypeSaStopAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmFinalBillFollowUpOnStopAlgComp_Impl.class);

    private ServiceAgreement serviceAgreement;
    private Date stopDate;

    @Override
    public void invoke() {
        BigDecimal balance;
        PreparedStatement ps = createPreparedStatement(
                "SELECT NVL(SUM(CUR_AMT), 0) AS BALANCE FROM CI_FT WHERE SA_ID = :saId AND FREEZE_SW = 'Y'",
                "CmFinalBillFollowUpOnStop - contract balance");
        try {
            ps.bindId("saId", serviceAgreement.getId());
            SQLResultRow row = ps.firstRow();
            balance = isNull(row) || isNull(row.getBigDecimal("BALANCE")) ? BigDecimal.ZERO : row.getBigDecimal("BALANCE");
        } finally {
            ps.close();
        }
        BigDecimal tolerance = notNull(getBalanceTolerance()) ? getBalanceTolerance() : BigDecimal.ZERO;
        if (balance.compareTo(tolerance) <= 0) {
            return;
        }
        BusinessServiceInstance toDo = BusinessServiceInstance.create("F1-AddToDoEntry");
        toDo.set("toDoType", getFinalBillToDoType().getId().getTrimmedValue());
        toDo.set("drillKey1", serviceAgreement.getId().getIdValue());
        toDo.set("sortKey1", serviceAgreement.getAccount().getId().getIdValue());
        toDo.set("comments", "Contract stopped on " + stopDate + " still owes " + balance);
        BusinessServiceDispatcher.execute(toDo);
        logger.info("Final bill follow-up raised for contract " + serviceAgreement.getId().getTrimmedValue());
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
