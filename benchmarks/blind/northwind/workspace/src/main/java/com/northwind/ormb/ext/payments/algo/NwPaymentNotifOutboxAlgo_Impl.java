package com.northwind.ormb.ext.payments.algo;

import java.math.BigDecimal;
import java.util.logging.Logger;

import com.splwg.base.api.algorithms.AbstractAlgorithmComponent;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.domain.admin.serviceAgreementType.SaTypePaymentFreezeAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;
import com.splwg.ccb.domain.financial.financialTransaction.FinancialTransaction;
import com.splwg.ccb.domain.payment.payment.Payment;
import com.splwg.ccb.domain.payment.paymentSegment.PaymentSegment;

/**
 * SA Type - Payment Freeze (NWELEC, NWGAS): queues a payment notification for the CRM
 * (Salesforce) in the outbox table CM_PAY_NOTIF, one row per frozen payment segment, so that the
 * agent sees the payment against the supply contract. The NW-PAYNT integration batch sends the
 * PEND rows.
 *
 * Parameters:
 *   1 minimumAmount (decimal, optional) - segments below this amount are not notified
 */
public class NwPaymentNotifOutboxAlgo_Impl extends AbstractAlgorithmComponent
        implements SaTypePaymentFreezeAlgorithmSpot {

    private static final Logger LOG = Logger.getLogger(NwPaymentNotifOutboxAlgo_Impl.class.getName());

    private Payment payment;
    private PaymentSegment paymentSegment;
    private ServiceAgreement serviceAgreement;

    @Override
    public void invoke() {
        BigDecimal minimumAmount = getDecimalSoftParameter("minimumAmount");
        BigDecimal amount = paymentSegment.getPaySegmentAmount().getAmount();
        if (minimumAmount != null && amount.compareTo(minimumAmount) < 0) {
            return;
        }

        BigDecimal nextId = BigDecimal.ONE;
        PreparedStatement seq = createPreparedStatement("""
                SELECT NVL(MAX(PAY_NOTIF_ID), 0) + 1 AS NEXT_ID
                  FROM CM_PAY_NOTIF
                """, "NwPaymentNotifOutboxAlgo - next notification id");
        try {
            for (SQLResultRow row : seq.list()) {
                nextId = row.getBigDecimal("NEXT_ID");
            }
        } finally {
            seq.close();
        }

        PreparedStatement ps = createPreparedStatement("""
                INSERT INTO CM_PAY_NOTIF (PAY_NOTIF_ID, PAY_ID, SA_ID, ACCT_ID, NOTIF_AMT, NOTIF_STATUS_FLG, CRE_DTTM)
                VALUES (:id, :payId, :saId, :acctId, :amount, 'PEND', :now)
                """, "NwPaymentNotifOutboxAlgo - queue payment notification");
        try {
            ps.bindBigDecimal("id", nextId);
            ps.bindString("payId", payment.getId().getIdValue(), "PAY_ID");
            ps.bindString("saId", serviceAgreement.getId().getIdValue(), "SA_ID");
            ps.bindString("acctId", serviceAgreement.getAccount().getId().getIdValue(), "ACCT_ID");
            ps.bindBigDecimal("amount", amount);
            ps.bindDateTime("now", getSystemDateTime());
            ps.executeUpdate();
        } finally {
            ps.close();
        }
        LOG.fine(() -> "Payment notification queued for " + payment.getId().getTrimmedValue());
    }

    @Override
    public void setPayment(Payment payment) {
        this.payment = payment;
    }

    @Override
    public void setPaymentSegment(PaymentSegment paymentSegment) {
        this.paymentSegment = paymentSegment;
    }

    @Override
    public void setFinancialTransaction(FinancialTransaction financialTransaction) {
    }

    @Override
    public void setServiceAgreement(ServiceAgreement serviceAgreement) {
        this.serviceAgreement = serviceAgreement;
    }
}
