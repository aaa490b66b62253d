package com.initech.rmb.receivables.spot;

import java.math.BigDecimal;

import com.initech.rmb.common.InitechAlgorithm;
import com.initech.rmb.common.SoftParams;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.domain.admin.serviceAgreementType.SaTypePaymentFreezeAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;
import com.splwg.ccb.domain.financial.financialTransaction.FinancialTransaction;
import com.splwg.ccb.domain.payment.payment.Payment;
import com.splwg.ccb.domain.payment.paymentSegment.PaymentSegment;

/**
 * SA Type - Payment Freeze (CM-HOLDREL). Once a remittance clears the contract's receivable (frozen
 * FT balance zero or credit), its active collection holds are released as of today.
 */
@SoftParams({})
public class CmReleaseCollectionHold_Impl extends InitechAlgorithm implements SaTypePaymentFreezeAlgorithmSpot {

    private static final String SQL_CONTRACT_BALANCE =
            "SELECT SUM(CUR_AMT) AS BALANCE FROM CI_FT WHERE SA_ID = :saId AND FREEZE_SW = 'Y'";

    private static final String SQL_RELEASE_HOLDS =
            "UPDATE CM_COLL_HOLD SET HOLD_STATUS_FLG = 'RLSD', RELEASE_DT = :today, VERSION = VERSION + 1 "
            + "WHERE SA_ID = :saId AND HOLD_STATUS_FLG = 'ACTV'";

    private ServiceAgreement serviceAgreement;

    @Override
    public void invoke() {
        BigDecimal balance = BigDecimal.ZERO;
        PreparedStatement ps = sql(SQL_CONTRACT_BALANCE);
        try {
            ps.bindId("saId", serviceAgreement.getId());
            SQLResultRow row = ps.firstRow();
            if (row != null && row.getBigDecimal("BALANCE") != null) {
                balance = row.getBigDecimal("BALANCE");
            }
        } finally {
            ps.close();
        }
        if (balance.signum() > 0) {
            return;
        }
        PreparedStatement upd = sql(SQL_RELEASE_HOLDS);
        try {
            upd.bindDate("today", getProcessDateTime().getDate());
            upd.bindId("saId", serviceAgreement.getId());
            upd.executeUpdate();
        } finally {
            upd.close();
        }
    }

    @Override
    public void setPayment(Payment payment) {
    }

    @Override
    public void setPaymentSegment(PaymentSegment paymentSegment) {
    }

    @Override
    public void setFinancialTransaction(FinancialTransaction financialTransaction) {
    }

    @Override
    public void setServiceAgreement(ServiceAgreement serviceAgreement) {
        this.serviceAgreement = serviceAgreement;
    }
}
