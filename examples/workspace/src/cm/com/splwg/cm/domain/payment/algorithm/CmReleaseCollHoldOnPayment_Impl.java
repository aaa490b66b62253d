package com.splwg.cm.domain.payment.algorithm;

import java.math.BigDecimal;

import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreementCharacteristic;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreementCharacteristic_DTO;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreementCharacteristic_Id;
import com.splwg.ccb.domain.admin.serviceAgreementType.SaTypePaymentFreezeAlgorithmSpot;
import com.splwg.ccb.domain.financial.financialTransaction.FinancialTransaction;
import com.splwg.ccb.domain.payment.payment.Payment;
import com.splwg.ccb.domain.payment.paymentSegment.PaymentSegment;
import com.splwg.cm.domain.common.messageRepository.CmMessageRepository;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Lifts the collection hold of a contract as soon as a payment clears its debt. The hold is a
 * dated contract characteristic; releasing it adds a new effective-dated row with the released
 * value rather than deleting history.
 *
 * Plugged on the SA Type, Payment Freeze event.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (entityName = characteristicType, name = collectionHoldCharType, required = true, type = entity)
 *            , @AlgorithmSoftParameter (name = releasedValue, required = true, type = string)})
 */
public class CmReleaseCollHoldOnPayment_Impl extends CmReleaseCollHoldOnPayment_Gen implements SaTypePaymentFreezeAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmReleaseCollHoldOnPayment_Impl.class);

    private ServiceAgreement serviceAgreement;

    @Override
    public void invoke() {
        ServiceAgreementCharacteristic hold = serviceAgreement.getEffectiveCharacteristic(getCollectionHoldCharType());
        if (isNull(hold) || getReleasedValue().trim().equals(hold.getCharacteristicValue().trim())) {
            return;
        }

        BigDecimal balance = BigDecimal.ZERO;
        PreparedStatement ps = createPreparedStatement(
                "SELECT NVL(SUM(CUR_AMT), 0) AS SA_BALANCE FROM CI_FT WHERE SA_ID = :saId AND FREEZE_SW = 'Y'",
                "CmReleaseCollHoldOnPayment - contract balance");
        try {
            ps.bindId("saId", serviceAgreement.getId());
            SQLResultRow row = ps.firstRow();
            if (notNull(row)) {
                balance = row.getBigDecimal("SA_BALANCE");
            }
        } finally {
            ps.close();
        }
        if (balance.signum() > 0) {
            logger.debug("SA " + serviceAgreement.getId().getTrimmedValue() + " still owes " + balance);
            return;
        }

        Date today = getProcessDateTime().getDate();
        ServiceAgreementCharacteristic_DTO dto = createDTO(ServiceAgreementCharacteristic.class);
        dto.setId(new ServiceAgreementCharacteristic_Id(serviceAgreement, getCollectionHoldCharType(), today));
        dto.setCharacteristicValue(getReleasedValue());
        dto.newEntity();
        logger.info(CmMessageRepository.collectionHoldReleased(serviceAgreement.getId().getTrimmedValue(), today).getMessageText());
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
