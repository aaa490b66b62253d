package com.splwg.cm.domain.payment.algorithm;

import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.ccb.api.lookup.ServiceAgreementStatusLookup;
import com.splwg.ccb.domain.admin.serviceAgreementType.SaTypePaymentFreezeAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;
import com.splwg.ccb.domain.financial.financialTransaction.FinancialTransaction;
import com.splwg.ccb.domain.payment.payment.Payment;
import com.splwg.ccb.domain.payment.paymentSegment.PaymentSegment;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Prepaid contracts start when the customer pays: when a payment distributed to a contract that
 * is still pending start is frozen, the contract becomes active from the payment date.
 *
 * Plugged on the SA Type, Payment Freeze event of the prepaid contract types.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent ()
 */
public class CmActivatePendingSaOnPaymentAlgComp_Impl extends CmActivatePendingSaOnPaymentAlgComp_Gen
        implements SaTypePaymentFreezeAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmActivatePendingSaOnPaymentAlgComp_Impl.class);

    private Payment payment;
    private ServiceAgreement serviceAgreement;

    @Override
    public void invoke() {
        if (!ServiceAgreementStatusLookup.constants.PENDING_START.equals(serviceAgreement.getStatus())) {
            return;
        }
        Date paymentDate = payment.getPaymentEvent().getPaymentDate();
        PreparedStatement update = createPreparedStatement(
                "UPDATE CI_SA SET SA_STATUS_FLG = :active, START_DT = :startDate WHERE SA_ID = :saId AND SA_STATUS_FLG = :pending",
                "CmActivatePendingSaOnPayment - activate contract");
        try {
            update.bindLookup("active", ServiceAgreementStatusLookup.constants.ACTIVE);
            update.bindDate("startDate", paymentDate);
            update.bindId("saId", serviceAgreement.getId());
            update.bindLookup("pending", ServiceAgreementStatusLookup.constants.PENDING_START);
            update.executeUpdate();
        } finally {
            update.close();
        }
        logger.info("Contract " + serviceAgreement.getId().getTrimmedValue() + " activated from " + paymentDate
                + " by payment " + payment.getId().getTrimmedValue());
    }

    @Override
    public void setPayment(Payment payment) {
        this.payment = payment;
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
