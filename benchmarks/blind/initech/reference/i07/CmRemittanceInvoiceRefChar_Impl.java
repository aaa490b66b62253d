package com.initech.rmb.receivables.spot;

import java.math.BigInteger;

import com.initech.rmb.common.InitechAlgorithm;
import com.initech.rmb.common.SoftParams;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.base.domain.common.characteristicType.CharacteristicType_Id;
import com.splwg.ccb.domain.admin.customerClass.CustomerClassPayFreezeAlgorithmSpot;
import com.splwg.ccb.domain.payment.payment.Payment;
import com.splwg.ccb.domain.payment.payment.PaymentCharacteristic_DTO;

/**
 * Customer Class - Payment Freeze (CM-PAYINV). Remittances matched by invoice id keep the quoted
 * invoice as an ad hoc payment characteristic (for the remittance advice and cash application
 * reports).
 */
@SoftParams({"billMatchType:string", "invoiceRefCharType:entity"})
public class CmRemittanceInvoiceRefChar_Impl extends InitechAlgorithm implements CustomerClassPayFreezeAlgorithmSpot {

    private static final String SQL_MAX_SEQ =
            "SELECT MAX(SEQ_NUM) AS MAX_SEQ FROM CI_PAY_CHAR WHERE PAY_ID = :payId AND CHAR_TYPE_CD = :charType";

    private Payment payment;

    @Override
    public void invoke() {
        String matchType = payment.getMatchTypeCode();
        String matchValue = payment.getMatchValue();
        if (matchType == null || !matchType.trim().equals(param("billMatchType")) || isBlankOrNull(matchValue)) {
            return;
        }
        CharacteristicType_Id charTypeId = new CharacteristicType_Id(param("invoiceRefCharType"));
        BigInteger seq = BigInteger.ONE;
        PreparedStatement ps = sql(SQL_MAX_SEQ);
        try {
            ps.bindId("payId", payment.getId());
            ps.bindId("charType", charTypeId);
            SQLResultRow row = ps.firstRow();
            if (row != null && row.getInteger("MAX_SEQ") != null) {
                seq = row.getInteger("MAX_SEQ").add(BigInteger.ONE);
            }
        } finally {
            ps.close();
        }
        PaymentCharacteristic_DTO dto = payment.getCharacteristics().newChildDTO();
        dto.setAdhocCharacteristicValue(matchValue.trim());
        payment.getCharacteristics().add(dto, charTypeId, seq);
    }

    @Override
    public void setPayment(Payment payment) {
        this.payment = payment;
    }
}
