package com.initech.rmb.receivables.spot;

import java.math.BigDecimal;

import com.initech.rmb.common.InitechAlgorithm;
import com.initech.rmb.common.SoftParams;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.domain.admin.customerClass.CustomerClassPayFreezeAlgorithmSpot;
import com.splwg.ccb.domain.payment.payment.Payment;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Customer Class - Payment Freeze (CM-OVERPAY). When a remittance is posted and the counterparty's
 * receivable (frozen FTs of all its contracts) turns into a credit larger than the tolerance,
 * raises a To Do so that cash application can refund or re-apply the excess.
 */
@SoftParams({"creditTolerance:decimal", "overpaymentToDoType:entity"})
public class CmRemittanceOverpaymentToDo_Impl extends InitechAlgorithm implements CustomerClassPayFreezeAlgorithmSpot {

    private static final Logger LOG = LoggerFactory.getLogger(CmRemittanceOverpaymentToDo_Impl.class);

    private static final String SQL_ACCOUNT_BALANCE =
            "SELECT SUM(FT.CUR_AMT) AS BALANCE "
            + "FROM CI_FT FT, CI_SA SA "
            + "WHERE SA.ACCT_ID = :acctId "
            + "AND FT.SA_ID = SA.SA_ID "
            + "AND FT.FREEZE_SW = 'Y'";

    private Payment payment;

    @Override
    public void invoke() {
        BigDecimal tolerance = decimalParam("creditTolerance");
        if (tolerance == null) {
            tolerance = BigDecimal.ZERO;
        }
        BigDecimal balance = BigDecimal.ZERO;
        PreparedStatement ps = sql(SQL_ACCOUNT_BALANCE);
        try {
            ps.bindId("acctId", payment.getAccount().getId());
            SQLResultRow row = ps.firstRow();
            if (row != null && row.getBigDecimal("BALANCE") != null) {
                balance = row.getBigDecimal("BALANCE");
            }
        } finally {
            ps.close();
        }
        if (balance.negate().compareTo(tolerance) > 0) {
            LOG.info("Account " + payment.getAccount().getId().getTrimmedValue() + " in credit " + balance);
            raiseToDo(param("overpaymentToDoType"), payment.getId().getIdValue(),
                    "Receivable in credit by " + balance.negate().toPlainString() + " after remittance");
        }
    }

    @Override
    public void setPayment(Payment payment) {
        this.payment = payment;
    }
}
