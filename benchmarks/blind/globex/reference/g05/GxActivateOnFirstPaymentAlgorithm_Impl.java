package com.globex.cm.contracts.algorithm;

import java.math.BigDecimal;

import com.splwg.ccb.api.lookup.ServiceAgreementStatusLookup;
import com.splwg.ccb.domain.admin.serviceAgreementType.SaTypePaymentFreezeAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement_DTO;
import com.splwg.ccb.domain.financial.financialTransaction.FinancialTransaction;
import com.splwg.ccb.domain.payment.payment.Payment;
import com.splwg.ccb.domain.payment.paymentSegment.PaymentSegment;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Globex Telecom - SA Type Payment Freeze (prepaid broadband GXBBPRE): a pending-start contract
 * becomes active once a payment segment of at least the activation deposit is frozen on it.
 *
 * @author Globex ORMB team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = activationDepositAmount, required = true, type = decimal)})
 */
public class GxActivateOnFirstPaymentAlgorithm_Impl extends GxActivateOnFirstPaymentAlgorithm_Gen
        implements SaTypePaymentFreezeAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(GxActivateOnFirstPaymentAlgorithm_Impl.class);

    private PaymentSegment paymentSegment;
    private ServiceAgreement serviceAgreement;

    @Override
    public void invoke() {
        ServiceAgreement sa = serviceAgreement != null ? serviceAgreement : paymentSegment.getServiceAgreement();
        if (!ServiceAgreementStatusLookup.constants.PENDING_START.equals(sa.getStatus())) {
            return;
        }
        BigDecimal amount = paymentSegment.getPaySegmentAmount().getAmount();
        if (amount.compareTo(getActivationDepositAmount()) < 0) {
            logger.debug("Segment " + amount + " below deposit, contract stays pending");
            return;
        }
        ServiceAgreement_DTO dto = sa.getDTO();
        dto.setStatus(ServiceAgreementStatusLookup.constants.ACTIVE);
        sa.setDTO(dto);
    }

    @Override
    public void setPayment(Payment payment) {
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
