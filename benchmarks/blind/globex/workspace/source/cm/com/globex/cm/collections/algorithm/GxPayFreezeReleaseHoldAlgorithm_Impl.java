package com.globex.cm.collections.algorithm;

import java.math.BigDecimal;

import com.globex.cm.common.GxConstants;
import com.globex.cm.common.GxSql;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.ccb.domain.admin.customerClass.CustomerClassPayFreezeAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.account.Account;
import com.splwg.ccb.domain.payment.payment.Payment;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Globex Telecom - Payment Freeze: once a payment is frozen and the account's remaining overdue
 * debt is within {@code toleranceAmount}, releases the account's active PROMISE collection holds
 * (CM_COLL_HOLD).
 *
 * @author Globex ORMB team (R. Okafor)
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = toleranceAmount, required = true, type = decimal)
 *            , @AlgorithmSoftParameter (name = holdReason, type = string)})
 */
public class GxPayFreezeReleaseHoldAlgorithm_Impl extends GxPayFreezeReleaseHoldAlgorithm_Gen
        implements CustomerClassPayFreezeAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(GxPayFreezeReleaseHoldAlgorithm_Impl.class);

    private Payment payment;

    @Override
    public void invoke() {
        Account account = payment.getAccount();

        PreparedStatement balPs = createPreparedStatement(
                "SELECT SUM(FT.CUR_AMT) AS BAL FROM CI_FT FT, CI_SA SA WHERE FT.SA_ID = SA.SA_ID "
                        + "AND SA.ACCT_ID = :acctId AND FT.FREEZE_SW = 'Y'",
                "GxPayFreezeReleaseHold - account balance");
        balPs.bindId("acctId", account.getId());
        BigDecimal balance = GxSql.firstDecimal(balPs, "BAL");
        if (balance.compareTo(getToleranceAmount()) > 0) {
            logger.debug("Account still owes " + balance + ", hold kept");
            return;
        }

        String reason = notBlank(getHoldReason()) ? getHoldReason().trim() : "PROMISE";
        PreparedStatement upd = createPreparedStatement(
                "UPDATE CM_COLL_HOLD SET HOLD_STATUS_FLG = :released, END_DT = :today, RELEASE_DTTM = :now "
                        + "WHERE ACCT_ID = :acctId AND HOLD_STATUS_FLG = :active AND HOLD_RSN_CD = :reason",
                "GxPayFreezeReleaseHold - release holds");
        try {
            upd.bindString("released", GxConstants.HOLD_RELEASED, "HOLD_STATUS_FLG");
            upd.bindDate("today", getProcessDateTime().getDate());
            upd.bindDateTime("now", getProcessDateTime());
            upd.bindId("acctId", account.getId());
            upd.bindString("active", GxConstants.HOLD_ACTIVE, "HOLD_STATUS_FLG");
            upd.bindString("reason", reason, "HOLD_RSN_CD");
            int n = upd.executeUpdate();
            logger.info("Released " + n + " hold(s) of account " + account.getId().getTrimmedValue());
        } finally {
            upd.close();
        }
    }

    @Override
    public void setPayment(Payment payment) {
        this.payment = payment;
    }
}
