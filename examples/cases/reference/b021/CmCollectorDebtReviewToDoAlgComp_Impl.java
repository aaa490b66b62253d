package com.splwg.cm.domain.customer.algorithm;

import java.math.BigDecimal;

import com.splwg.base.api.businessService.BusinessServiceDispatcher;
import com.splwg.base.api.businessService.BusinessServiceInstance;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.domain.admin.customerContactType.CollectionActionAlgorithmSpot;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Collection follow-up on a customer contact: the person's total debt is the frozen balance of all
 * accounts the person is financially responsible for; when it is above the threshold a To Do entry
 * of the configured type is raised for the collectors.
 *
 * Plugged on the Customer Contact Type, Collection Action event.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = debtThresholdAmount, required = true, type = decimal)
 *            , @AlgorithmSoftParameter (entityName = toDoType, name = collectorToDoType, required = true, type = entity)})
 */
public class CmCollectorDebtReviewToDoAlgComp_Impl extends CmCollectorDebtReviewToDoAlgComp_Gen
        implements CollectionActionAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmCollectorDebtReviewToDoAlgComp_Impl.class);

    private static final String PERSON_DEBT_SQL = """
            SELECT NVL(SUM(FT.CUR_AMT), 0) AS DEBT
              FROM CI_ACCT_PER AP, CI_SA SA, CI_FT FT
             WHERE AP.PER_ID = :perId
               AND AP.FIN_RESP_SW = 'Y'
               AND SA.ACCT_ID = AP.ACCT_ID
               AND FT.SA_ID = SA.SA_ID
               AND FT.FREEZE_SW = 'Y'
            """;

    private String contactId;
    private String personId;

    @Override
    public void invoke() {
        BigDecimal debt = BigDecimal.ZERO;
        PreparedStatement ps = createPreparedStatement(PERSON_DEBT_SQL, "CmCollectorDebtReviewToDo - person debt");
        try {
            ps.bindString("perId", personId, "PER_ID");
            SQLResultRow row = ps.firstRow();
            if (notNull(row) && notNull(row.getBigDecimal("DEBT"))) {
                debt = row.getBigDecimal("DEBT");
            }
        } finally {
            ps.close();
        }
        if (debt.compareTo(getDebtThresholdAmount()) <= 0) {
            return;
        }

        BusinessServiceInstance toDo = BusinessServiceInstance.create("F1-AddToDoEntry");
        toDo.set("toDoType", getCollectorToDoType().getId().getTrimmedValue());
        toDo.set("drillKey1", personId);
        toDo.set("sortKey1", contactId);
        toDo.set("comments", "Person " + personId.trim() + " owes " + debt);
        BusinessServiceDispatcher.execute(toDo);
        logger.info("Collector To Do raised for person " + personId.trim() + " (debt " + debt + ")");
    }

    @Override
    public void setContactId(String contactId) {
        this.contactId = contactId;
    }

    @Override
    public void setContactType(String contactType) {
    }

    @Override
    public void setPersonId(String personId) {
        this.personId = personId;
    }
}
