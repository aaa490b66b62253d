package com.initech.rmb.invoice.spot;

import java.math.BigInteger;

import com.initech.rmb.common.InitechAlgorithm;
import com.initech.rmb.common.SoftParams;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.base.domain.common.characteristicType.CharacteristicType;
import com.splwg.base.domain.common.characteristicType.CharacteristicType_Id;
import com.splwg.ccb.domain.admin.customerClass.CustomerClassPostBillCompletionAlgorithmSpot;
import com.splwg.ccb.domain.billing.bill.Bill;
import com.splwg.ccb.domain.billing.bill.BillCharacteristic_DTO;
import com.splwg.ccb.domain.customerinfo.account.AccountCharacteristic;

/**
 * Customer Class - Post-Bill Completion (CM-INVPO). Copies the counterparty's current purchase
 * order number (ad hoc account characteristic) onto the finalized invoice as a bill characteristic
 * of the same type.
 */
@SoftParams({"purchaseOrderCharType:entity"})
public class CmInvoicePurchaseOrderStamp_Impl extends InitechAlgorithm implements CustomerClassPostBillCompletionAlgorithmSpot {

    private static final String SQL_MAX_SEQ =
            "SELECT MAX(SEQ_NUM) AS MAX_SEQ FROM CI_BILL_CHAR WHERE BILL_ID = :billId AND CHAR_TYPE_CD = :charType";

    private Bill bill;

    @Override
    public void invoke() {
        CharacteristicType_Id charTypeId = new CharacteristicType_Id(param("purchaseOrderCharType"));
        CharacteristicType charType = charTypeId.getEntity();
        AccountCharacteristic po = bill.getAccount().getEffectiveCharacteristic(charType);
        if (po == null || isBlankOrNull(po.getAdhocCharacteristicValue())) {
            return;
        }
        BigInteger seq = BigInteger.ONE;
        PreparedStatement ps = sql(SQL_MAX_SEQ);
        try {
            ps.bindId("billId", bill.getId());
            ps.bindId("charType", charTypeId);
            SQLResultRow row = ps.firstRow();
            if (row != null && row.getInteger("MAX_SEQ") != null) {
                seq = row.getInteger("MAX_SEQ").add(BigInteger.ONE);
            }
        } finally {
            ps.close();
        }
        BillCharacteristic_DTO dto = bill.getCharacteristics().newChildDTO();
        dto.setAdhocCharacteristicValue(po.getAdhocCharacteristicValue().trim());
        bill.getCharacteristics().add(dto, charTypeId, seq);
    }

    @Override
    public void setBill(Bill bill) {
        this.bill = bill;
    }
}
