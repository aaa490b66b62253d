package com.splwg.cm.domain.payment.algorithm;

import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.domain.admin.serviceAgreementType.SaTypePaymentFreezeAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;
import com.splwg.ccb.domain.financial.financialTransaction.FinancialTransaction;
import com.splwg.ccb.domain.payment.payment.Payment;
import com.splwg.ccb.domain.payment.paymentSegment.PaymentSegment;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Keeps the "last payment date" characteristic of a contract current: when a payment on the
 * contract is frozen, a characteristic row effective on the payment date records that date
 * (ad hoc value, yyyy-mm-dd), unless the contract already shows a later payment date (late-keyed
 * cheques must not move the date backwards).
 *
 * Plugged on the SA Type, Payment Freeze event.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (entityName = characteristicType, name = lastPaymentDateCharType, required = true, type = entity)})
 */
public class CmLastPaymentDateCharAlgComp_Impl extends CmLastPaymentDateCharAlgComp_Gen
        implements SaTypePaymentFreezeAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmLastPaymentDateCharAlgComp_Impl.class);

    private static final String LATEST_SQL = """
            SELECT SC.ADHOC_CHAR_VAL, SC.EFFDT
              FROM CI_SA_CHAR SC
             WHERE SC.SA_ID = :saId
               AND SC.CHAR_TYPE_CD = :charType
             ORDER BY SC.EFFDT DESC
            """;

    private Payment payment;
    private ServiceAgreement serviceAgreement;

    @Override
    public void invoke() {
        Date paymentDate = payment.getPaymentEvent().getPaymentDate();
        if (isNull(paymentDate)) {
            return;
        }
        String newValue = paymentDate.toString();

        Date latestEffective = null;
        PreparedStatement ps = createPreparedStatement(LATEST_SQL, "CmLastPaymentDateChar - current last payment date");
        try {
            ps.bindId("saId", serviceAgreement.getId());
            ps.bindEntity("charType", getLastPaymentDateCharType());
            SQLResultRow row = ps.firstRow();
            if (notNull(row)) {
                latestEffective = row.getDate("EFFDT");
                String current = row.getString("ADHOC_CHAR_VAL");
                // yyyy-mm-dd values compare chronologically as text
                if (notBlank(current) && current.trim().compareTo(newValue) >= 0) {
                    return;
                }
            }
        } finally {
            ps.close();
        }

        boolean sameDay = notNull(latestEffective) && latestEffective.equals(paymentDate);
        PreparedStatement write = createPreparedStatement(sameDay
                ? "UPDATE CI_SA_CHAR SET ADHOC_CHAR_VAL = :value, SRCH_CHAR_VAL = :value "
                        + "WHERE SA_ID = :saId AND CHAR_TYPE_CD = :charType AND EFFDT = :effdt"
                : "INSERT INTO CI_SA_CHAR (SA_ID, CHAR_TYPE_CD, EFFDT, CHAR_VAL, ADHOC_CHAR_VAL, SRCH_CHAR_VAL, VERSION) "
                        + "VALUES (:saId, :charType, :effdt, ' ', :value, :value, 1)",
                "CmLastPaymentDateChar - record last payment date");
        try {
            write.bindId("saId", serviceAgreement.getId());
            write.bindEntity("charType", getLastPaymentDateCharType());
            write.bindDate("effdt", paymentDate);
            write.bindString("value", newValue, "ADHOC_CHAR_VAL");
            write.executeUpdate();
        } finally {
            write.close();
        }
        logger.debug("Contract " + serviceAgreement.getId().getTrimmedValue() + " last paid on " + newValue);
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
