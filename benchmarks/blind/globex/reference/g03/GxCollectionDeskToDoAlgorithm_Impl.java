package com.globex.cm.collections.algorithm;

import java.math.BigDecimal;

import com.splwg.base.api.lookup.ToDoEntryStatusLookup;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.base.domain.todo.toDoEntry.ToDoEntry;
import com.splwg.base.domain.todo.toDoEntry.ToDoEntry_DTO;
import com.splwg.ccb.domain.admin.customerContactType.CollectionActionAlgorithmSpot;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Globex Telecom - Customer Contact Type action for collection contacts: when the person owes more
 * than {@code balanceThreshold} over all accounts he is main customer of, the collections desk
 * gets a To Do.
 *
 * @author Globex ORMB team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = balanceThreshold, required = true, type = decimal)
 *            , @AlgorithmSoftParameter (entityName = toDoType, name = collectionsToDoType, required = true, type = entity)
 *            , @AlgorithmSoftParameter (name = collectionsRole, required = true, type = string)})
 */
public class GxCollectionDeskToDoAlgorithm_Impl extends GxCollectionDeskToDoAlgorithm_Gen
        implements CollectionActionAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(GxCollectionDeskToDoAlgorithm_Impl.class);

    private String contactId;
    private String personId;

    @Override
    public void invoke() {
        PreparedStatement ps = createPreparedStatement(
                "SELECT SUM(FT.CUR_AMT) AS BAL FROM CI_FT FT, CI_SA SA, CI_ACCT_PER AP "
                        + "WHERE FT.SA_ID = SA.SA_ID AND SA.ACCT_ID = AP.ACCT_ID AND AP.PER_ID = :perId "
                        + "AND AP.MAIN_CUST_SW = 'Y' AND FT.FREEZE_SW = 'Y'",
                "GxCollectionDeskToDo - total balance of person");
        BigDecimal balance;
        try {
            ps.bindString("perId", personId, "PER_ID");
            SQLResultRow row = ps.firstRow();
            balance = row == null || row.getBigDecimal("BAL") == null ? BigDecimal.ZERO : row.getBigDecimal("BAL");
        } finally {
            ps.close();
        }
        if (balance.compareTo(getBalanceThreshold()) <= 0) {
            return;
        }
        logger.debug("Person " + personId + " owes " + balance + ", To Do for collections");
        ToDoEntry_DTO toDo = createDTO(ToDoEntry.class);
        toDo.setToDoTypeId(getCollectionsToDoType().getId());
        toDo.setStatus(ToDoEntryStatusLookup.constants.OPEN);
        toDo.setRoleId(getCollectionsRole());
        toDo.setCreationDateTime(getProcessDateTime());
        toDo.setComments("Person " + personId.trim() + " owes " + balance.toPlainString() + " (contact "
                + (contactId == null ? "" : contactId.trim()) + ")");
        toDo.newEntity();
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
