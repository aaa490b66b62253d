package com.northwind.ormb.ext.billing.algo;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.logging.Logger;

import com.northwind.ormb.ext.common.NwConstants;
import com.splwg.base.api.algorithms.AbstractAlgorithmComponent;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.base.domain.common.characteristicType.CharacteristicType_Id;
import com.splwg.ccb.domain.admin.customerClass.CustomerClassPostBillCompletionAlgorithmSpot;
import com.splwg.ccb.domain.billing.bill.Bill;
import com.splwg.ccb.domain.billing.bill.BillCharacteristic_DTO;

/**
 * Customer Class - Post-Bill Completion: invoices above the threshold are flagged as large bills
 * (predefined bill characteristic, value Y) so that the print vendor adds the "talk to us about
 * your bill" insert and the collections strategy treats them differently. The bill total is the
 * sum of the calculated amounts of the bill's segments.
 *
 * Parameters:
 *   1 thresholdAmount (decimal, required) - bill total above which the bill is large
 *   2 largeBillCharType (characteristic type, required) - predefined bill characteristic
 */
public class NwLargeBillCharAlgo_Impl extends AbstractAlgorithmComponent
        implements CustomerClassPostBillCompletionAlgorithmSpot {

    private static final Logger LOG = Logger.getLogger(NwLargeBillCharAlgo_Impl.class.getName());

    private Bill bill;

    @Override
    public void invoke() {
        BigDecimal threshold = getDecimalSoftParameter("thresholdAmount");
        String charTypeCd = getStringSoftParameter("largeBillCharType");
        String billId = bill.getId().getIdValue();

        BigDecimal total = BigDecimal.ZERO;
        PreparedStatement ps = createPreparedStatement("""
                SELECT C.CALC_AMT
                  FROM CI_BSEG B, CI_BSEG_CALC C
                 WHERE B.BILL_ID = :billId
                   AND C.BSEG_ID = B.BSEG_ID
                """, "NwLargeBillCharAlgo - calculated amounts of the bill");
        try {
            ps.bindString("billId", billId, "BILL_ID");
            for (SQLResultRow row : ps.list()) {
                BigDecimal amount = row.getBigDecimal("CALC_AMT");
                if (amount != null) {
                    total = total.add(amount);
                }
            }
        } finally {
            ps.close();
        }
        if (threshold == null || total.compareTo(threshold) <= 0) {
            return;
        }

        BigDecimal nextSeq = BigDecimal.ONE;
        PreparedStatement seq = createPreparedStatement("""
                SELECT NVL(MAX(SEQ_NUM), 0) + 1 AS NEXT_SEQ
                  FROM CI_BILL_CHAR
                 WHERE BILL_ID = :billId
                   AND CHAR_TYPE_CD = :charType
                """, "NwLargeBillCharAlgo - next characteristic sequence");
        try {
            seq.bindString("billId", billId, "BILL_ID");
            seq.bindString("charType", charTypeCd, "CHAR_TYPE_CD");
            for (SQLResultRow row : seq.list()) {
                nextSeq = row.getBigDecimal("NEXT_SEQ");
            }
        } finally {
            seq.close();
        }

        BillCharacteristic_DTO dto = bill.getCharacteristics().newChildDTO();
        dto.setCharacteristicValue(NwConstants.YES);
        bill.getCharacteristics().add(dto, new CharacteristicType_Id(charTypeCd), BigInteger.valueOf(nextSeq.longValue()));
        BigDecimal billTotal = total;
        LOG.info(() -> "Bill " + billId.trim() + " (" + billTotal + ") flagged as large bill");
    }

    @Override
    public void setBill(Bill bill) {
        this.bill = bill;
    }
}
