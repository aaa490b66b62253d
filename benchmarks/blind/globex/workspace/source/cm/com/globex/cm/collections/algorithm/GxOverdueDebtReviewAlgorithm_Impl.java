package com.globex.cm.collections.algorithm;

import java.math.BigDecimal;

import com.globex.cm.common.GxConstants;
import com.globex.cm.common.GxSql;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.lookup.ToDoEntryStatusLookup;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.domain.todo.toDoEntry.ToDoEntry;
import com.splwg.base.domain.todo.toDoEntry.ToDoEntry_DTO;
import com.splwg.ccb.domain.admin.customerClass.CustomerClassLatePaymentChargeAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.account.Account;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Globex Telecom - Late Payment Charge (customer class GXRES / GXBUS).
 * Instead of levying a charge, raises a collections review To Do when the account's debt on
 * bills due more than {@code daysOverdue} days ago exceeds {@code minimumOverdueAmount}.
 * JIRA GXORMB-214.
 *
 * @author Globex ORMB team (R. Okafor)
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = daysOverdue, required = true, type = integer)
 *            , @AlgorithmSoftParameter (name = minimumOverdueAmount, required = true, type = decimal)
 *            , @AlgorithmSoftParameter (entityName = toDoType, name = reviewToDoType, required = true, type = entity)
 *            , @AlgorithmSoftParameter (name = reviewRole, type = string)})
 */
public class GxOverdueDebtReviewAlgorithm_Impl extends GxOverdueDebtReviewAlgorithm_Gen
        implements CustomerClassLatePaymentChargeAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(GxOverdueDebtReviewAlgorithm_Impl.class);

    private Account account;
    private Date processDate;

    @Override
    public void invoke() {
        Date asOf = processDate != null ? processDate : getProcessDateTime().getDate();
        int days = getDaysOverdue().intValue();
        Date dueBefore = asOf.addDays(-days);

        PreparedStatement ps = createPreparedStatement(
                "SELECT SUM(FT.CUR_AMT) AS OVERDUE FROM CI_FT FT, CI_BILL B, CI_SA SA "
                        + "WHERE FT.BILL_ID = B.BILL_ID AND FT.SA_ID = SA.SA_ID "
                        + "AND SA.ACCT_ID = :acctId AND FT.FREEZE_SW = 'Y' AND B.DUE_DT < :dueBefore",
                "GxOverdueDebtReview - overdue debt of account");
        ps.bindId("acctId", account.getId());
        ps.bindDate("dueBefore", dueBefore);
        BigDecimal overdue = GxSql.firstDecimal(ps, "OVERDUE");

        logger.debug("Account " + account.getId().getTrimmedValue() + " overdue " + overdue);
        if (overdue.compareTo(getMinimumOverdueAmount()) <= 0) {
            return;
        }

        ToDoEntry_DTO toDo = createDTO(ToDoEntry.class);
        toDo.setToDoTypeId(getReviewToDoType().getId());
        toDo.setStatus(ToDoEntryStatusLookup.constants.OPEN);
        toDo.setRoleId(notBlank(getReviewRole()) ? getReviewRole().trim() : GxConstants.DEFAULT_TODO_ROLE);
        toDo.setCreationDateTime(getProcessDateTime());
        toDo.setComments("Account " + account.getId().getTrimmedValue() + " overdue " + overdue.toPlainString()
                + " older than " + days + " days");
        toDo.newEntity();
    }

    @Override
    public void setAccount(Account account) {
        this.account = account;
    }

    @Override
    public void setProcessDate(Date processDate) {
        this.processDate = processDate;
    }

    @Override
    public void setLastLatePaymentChargeDate(Date lastLatePaymentChargeDate) {
    }
}
