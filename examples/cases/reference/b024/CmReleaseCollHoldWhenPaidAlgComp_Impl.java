package com.splwg.cm.domain.payment.algorithm;

import java.math.BigDecimal;

import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.domain.admin.customerClass.CustomerClassPayFreezeAlgorithmSpot;
import com.splwg.ccb.domain.payment.payment.Payment;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Ends collection follow-up once a customer has paid up: after a payment is frozen the frozen
 * balance of the account (current amounts of the frozen FTs of all its contracts) is summed and,
 * when nothing is owed any more, the collection hold characteristic is removed from the account.
 *
 * Plugged on the Customer Class, Payment Freeze event.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (entityName = characteristicType, name = collectionHoldCharType, required = true, type = entity)})
 */
public class CmReleaseCollHoldWhenPaidAlgComp_Impl extends CmReleaseCollHoldWhenPaidAlgComp_Gen
        implements CustomerClassPayFreezeAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmReleaseCollHoldWhenPaidAlgComp_Impl.class);

    private static final String ACCOUNT_BALANCE_SQL = """
            SELECT NVL(SUM(FT.CUR_AMT), 0) AS BALANCE
              FROM CI_SA SA, CI_FT FT
             WHERE SA.ACCT_ID = :acctId
               AND FT.SA_ID = SA.SA_ID
               AND FT.FREEZE_SW = 'Y'
            """;

    private Payment payment;

    @Override
    public void invoke() {
        String accountId = payment.getAccount().getId().getIdValue();
        BigDecimal balance;
        PreparedStatement balancePs = createPreparedStatement(ACCOUNT_BALANCE_SQL, "CmReleaseCollHoldWhenPaid - account balance");
        try {
            balancePs.bindString("acctId", accountId, "ACCT_ID");
            SQLResultRow row = balancePs.firstRow();
            balance = isNull(row) || isNull(row.getBigDecimal("BALANCE")) ? BigDecimal.ZERO : row.getBigDecimal("BALANCE");
        } finally {
            balancePs.close();
        }
        if (balance.signum() > 0) {
            logger.debug("Account " + accountId.trim() + " still owes " + balance);
            return;
        }

        PreparedStatement delete = createPreparedStatement(
                "DELETE FROM CI_ACCT_CHAR WHERE ACCT_ID = :acctId AND CHAR_TYPE_CD = :charType",
                "CmReleaseCollHoldWhenPaid - remove collection hold");
        try {
            delete.bindString("acctId", accountId, "ACCT_ID");
            delete.bindEntity("charType", getCollectionHoldCharType());
            int removed = delete.executeUpdate();
            logger.info(removed + " collection hold characteristic(s) removed from account " + accountId.trim());
        } finally {
            delete.close();
        }
    }

    @Override
    public void setPayment(Payment payment) {
        this.payment = payment;
    }
}
