package com.northwind.ormb.ext.payments.algo;

import java.math.BigInteger;
import java.util.logging.Logger;

import com.splwg.base.api.algorithms.AbstractAlgorithmComponent;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.base.domain.common.characteristicType.CharacteristicType_Id;
import com.splwg.ccb.domain.admin.customerClass.CustomerClassPayFreezeAlgorithmSpot;
import com.splwg.ccb.domain.payment.payment.Payment;
import com.splwg.ccb.domain.payment.payment.PaymentCharacteristic_DTO;

/**
 * Customer Class - Payment Freeze: records the payment channel on the frozen payment (predefined
 * payment characteristic, value = tender type of the payment event's first tender: DDBT, CARD,
 * CASH, CHEC) for the collections MI reports. Payments that already carry the characteristic are
 * left alone.
 *
 * Parameters:
 *   1 channelCharType (characteristic type, required) - predefined payment characteristic
 */
public class NwPaymentChannelCharAlgo_Impl extends AbstractAlgorithmComponent
        implements CustomerClassPayFreezeAlgorithmSpot {

    private static final Logger LOG = Logger.getLogger(NwPaymentChannelCharAlgo_Impl.class.getName());

    private Payment payment;

    @Override
    public void invoke() {
        String charTypeCd = getStringSoftParameter("channelCharType");
        String payId = payment.getId().getIdValue();

        PreparedStatement existing = createPreparedStatement("""
                SELECT SEQ_NUM
                  FROM CI_PAY_CHAR
                 WHERE PAY_ID = :payId
                   AND CHAR_TYPE_CD = :charType
                """, "NwPaymentChannelCharAlgo - channel already recorded?");
        try {
            existing.bindString("payId", payId, "PAY_ID");
            existing.bindString("charType", charTypeCd, "CHAR_TYPE_CD");
            if (!existing.list().isEmpty()) {
                return;
            }
        } finally {
            existing.close();
        }

        String tenderType = null;
        PreparedStatement ps = createPreparedStatement("""
                SELECT TENDER_TYPE_CD
                  FROM CI_PAY_TNDR
                 WHERE PAY_EVENT_ID = :payEventId
                 ORDER BY PAY_TENDER_ID
                """, "NwPaymentChannelCharAlgo - tender type of the payment event");
        try {
            ps.bindString("payEventId", payment.getPaymentEvent().getId().getIdValue(), "PAY_EVENT_ID");
            for (SQLResultRow row : ps.list()) {
                tenderType = row.getString("TENDER_TYPE_CD").trim();
                break;
            }
        } finally {
            ps.close();
        }
        if (tenderType == null) {
            return;
        }

        PaymentCharacteristic_DTO dto = payment.getCharacteristics().newChildDTO();
        dto.setCharacteristicValue(tenderType);
        payment.getCharacteristics().add(dto, new CharacteristicType_Id(charTypeCd), BigInteger.ONE);
        String channel = tenderType;
        LOG.fine(() -> "Payment " + payId.trim() + " channel " + channel);
    }

    @Override
    public void setPayment(Payment payment) {
        this.payment = payment;
    }
}
