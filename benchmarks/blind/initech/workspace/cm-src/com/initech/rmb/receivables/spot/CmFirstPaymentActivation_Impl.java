package com.initech.rmb.receivables.spot;

import com.initech.rmb.common.InitechAlgorithm;
import com.initech.rmb.common.SoftParams;
import com.splwg.ccb.api.lookup.ServiceAgreementStatusLookup;
import com.splwg.ccb.domain.admin.serviceAgreementType.SaTypePaymentFreezeAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement_DTO;
import com.splwg.ccb.domain.financial.financialTransaction.FinancialTransaction;
import com.splwg.ccb.domain.payment.payment.Payment;
import com.splwg.ccb.domain.payment.paymentSegment.PaymentSegment;

/**
 * SA Type - Payment Freeze (CM-PAYACTV). Prepaid facility contracts go live on their first
 * remittance: when a payment segment posts to a contract that is still pending start, the
 * contract becomes active from the payment date.
 */
@SoftParams({})
public class CmFirstPaymentActivation_Impl extends InitechAlgorithm implements SaTypePaymentFreezeAlgorithmSpot {

    private Payment payment;
    private ServiceAgreement serviceAgreement;

    @Override
    public void invoke() {
        if (!serviceAgreement.getStatus().isPendingStart()) {
            return;
        }
        ServiceAgreement_DTO dto = serviceAgreement.getDTO();
        dto.setStatus(ServiceAgreementStatusLookup.constants.ACTIVE);
        dto.setStartDate(payment.getPaymentEvent().getPaymentDate());
        serviceAgreement.setDTO(dto);
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
