package com.splwg.cm.domain.delinquency.algorithm;

import java.math.BigInteger;

import com.splwg.base.api.businessService.BusinessServiceDispatcher;
import com.splwg.base.api.businessService.BusinessServiceInstance;
import com.splwg.base.api.datatypes.DateTime;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.domain.admin.customerContactType.CollectionActionAlgorithmSpot;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Escalates customers who ignore reminders: when a collection reminder contact is logged and the
 * person has had the configured number of contacts of that type or more in the last 90 days
 * (this one included), an escalation To Do entry is created for the collections team.
 *
 * Plugged on the Customer Contact Type, collection action event of the reminder contact types.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = remindersBeforeEscalation, required = true, type = integer)
 *            , @AlgorithmSoftParameter (entityName = toDoType, name = escalationToDoType, required = true, type = entity)})
 */
public class CmEscalateRepeatedRemindersAlgComp_Impl extends CmEscalateRepeatedRemindersAlgComp_Gen
        implements CollectionActionAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmEscalateRepeatedRemindersAlgComp_Impl.class);

    private static final int WINDOW_DAYS = 90;

    private String contactId;
    private String contactType;
    private String personId;

    @Override
    public void invoke() {
        DateTime from = getProcessDateTime().addDays(-WINDOW_DAYS);
        BigInteger reminders;
        PreparedStatement ps = createPreparedStatement(
                "SELECT COUNT(*) AS REMINDERS FROM CI_CC WHERE PER_ID = :perId AND CC_TYPE_CD = :ccType AND CC_DTTM >= :fromDttm",
                "CmEscalateRepeatedReminders - recent reminders");
        try {
            ps.bindString("perId", personId, "PER_ID");
            ps.bindString("ccType", contactType, "CC_TYPE_CD");
            ps.bindDateTime("fromDttm", from);
            SQLResultRow row = ps.firstRow();
            reminders = notNull(row) && notNull(row.getInteger("REMINDERS")) ? row.getInteger("REMINDERS") : BigInteger.ZERO;
        } finally {
            ps.close();
        }
        if (reminders.compareTo(getRemindersBeforeEscalation()) < 0) {
            return;
        }
        BusinessServiceInstance toDo = BusinessServiceInstance.create("F1-AddToDoEntry");
        toDo.set("toDoType", getEscalationToDoType().getId().getTrimmedValue());
        toDo.set("drillKey1", personId);
        toDo.set("sortKey1", contactId);
        toDo.set("comments", reminders + " " + contactType.trim() + " contacts in the last " + WINDOW_DAYS + " days");
        BusinessServiceDispatcher.execute(toDo);
        logger.info("Person " + personId.trim() + " escalated after " + reminders + " reminders");
    }

    @Override
    public void setContactId(String contactId) {
        this.contactId = contactId;
    }

    @Override
    public void setContactType(String contactType) {
        this.contactType = contactType;
    }

    @Override
    public void setPersonId(String personId) {
        this.personId = personId;
    }
}
