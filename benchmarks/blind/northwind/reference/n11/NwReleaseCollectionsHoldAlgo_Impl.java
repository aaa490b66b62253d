package com.northwind.ormb.ext.payments.algo;

import java.util.logging.Logger;

import com.northwind.ormb.ext.common.NwConstants;
import com.splwg.base.api.algorithms.AbstractAlgorithmComponent;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.base.domain.common.characteristicType.CharacteristicType_Id;
import com.splwg.ccb.domain.admin.serviceAgreementType.SaTypePaymentFreezeAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreementCharacteristic_DTO;
import com.splwg.ccb.domain.financial.financialTransaction.FinancialTransaction;
import com.splwg.ccb.domain.payment.payment.Payment;
import com.splwg.ccb.domain.payment.paymentSegment.PaymentSegment;

/**
 * SA Type - Payment Freeze (NWELEC, NWGAS): a payment on a contract that is on collections hold
 * releases the hold. The hold is a predefined contract characteristic (Y = on hold); the release
 * is a new row of the same type with value N, effective on the payment date. Contracts that are
 * not on hold (no characteristic, or latest value N) are left alone.
 *
 * Parameters:
 *   1 collectionsHoldCharType (characteristic type, required) - collections hold characteristic
 */
public class NwReleaseCollectionsHoldAlgo_Impl extends AbstractAlgorithmComponent
        implements SaTypePaymentFreezeAlgorithmSpot {

    private static final Logger LOG = Logger.getLogger(NwReleaseCollectionsHoldAlgo_Impl.class.getName());

    private Payment payment;
    private ServiceAgreement serviceAgreement;

    @Override
    public void invoke() {
        String holdCharType = getStringSoftParameter("collectionsHoldCharType");
        Date paymentDate = payment.getPaymentEvent().getPaymentDate();
        String saId = serviceAgreement.getId().getIdValue();

        String current = null;
        PreparedStatement ps = createPreparedStatement("""
                SELECT CHAR_VAL
                  FROM CI_SA_CHAR
                 WHERE SA_ID = :saId
                   AND CHAR_TYPE_CD = :charType
                   AND EFFDT <= :asOf
                 ORDER BY EFFDT DESC
                """, "NwReleaseCollectionsHoldAlgo - current collections hold");
        try {
            ps.bindString("saId", saId, "SA_ID");
            ps.bindString("charType", holdCharType, "CHAR_TYPE_CD");
            ps.bindDate("asOf", getProcessDateTime().getDate());
            for (SQLResultRow row : ps.list()) {
                current = row.getString("CHAR_VAL");
                break;
            }
        } finally {
            ps.close();
        }
        if (current == null || !NwConstants.YES.equals(current.trim())) {
            return;
        }

        ServiceAgreementCharacteristic_DTO dto = serviceAgreement.getCharacteristics().newChildDTO();
        dto.setCharacteristicValue(NwConstants.NO);
        serviceAgreement.getCharacteristics().add(dto, new CharacteristicType_Id(holdCharType), paymentDate);
        LOG.info(() -> "Collections hold of contract " + saId.trim() + " released on " + paymentDate);
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
