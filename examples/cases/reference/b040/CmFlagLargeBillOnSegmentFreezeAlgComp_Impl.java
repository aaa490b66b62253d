package com.splwg.cm.domain.billing.algorithm;

import java.math.BigDecimal;
import java.math.BigInteger;

import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.domain.admin.customerClass.CustomerClassBillSegmentFreezeAlgorithmSpot;
import com.splwg.ccb.domain.billing.bill.Bill;
import com.splwg.ccb.domain.billing.bill.BillCharacteristic_DTO;
import com.splwg.ccb.domain.billing.bill.BillCharacteristics;
import com.splwg.ccb.domain.billing.billSegment.BillSegment;
import com.splwg.ccb.domain.financial.financialTransaction.FinancialTransaction;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Marks bills that carry a large charge so that they get a manual check before printing: when a
 * bill segment is frozen and its calculation headers add up to more than the threshold, the bill
 * gets the large bill characteristic (value Y), once per bill.
 *
 * Plugged on the Customer Class, Bill Segment Freeze event.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = largeAmountThreshold, required = true, type = decimal)
 *            , @AlgorithmSoftParameter (entityName = characteristicType, name = largeBillCharType, required = true, type = entity)})
 */
public class CmFlagLargeBillOnSegmentFreezeAlgComp_Impl extends CmFlagLargeBillOnSegmentFreezeAlgComp_Gen
        implements CustomerClassBillSegmentFreezeAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmFlagLargeBillOnSegmentFreezeAlgComp_Impl.class);

    private BillSegment billSegment;

    @Override
    public void invoke() {
        BigDecimal total;
        PreparedStatement totalPs = createPreparedStatement(
                "SELECT NVL(SUM(CALC_AMT), 0) AS TOTAL FROM CI_BSEG_CALC WHERE BSEG_ID = :bsegId",
                "CmFlagLargeBillOnSegmentFreeze - segment total");
        try {
            totalPs.bindId("bsegId", billSegment.getId());
            SQLResultRow row = totalPs.firstRow();
            total = isNull(row) || isNull(row.getBigDecimal("TOTAL")) ? BigDecimal.ZERO : row.getBigDecimal("TOTAL");
        } finally {
            totalPs.close();
        }
        if (total.compareTo(getLargeAmountThreshold()) <= 0) {
            return;
        }
        Bill bill = billSegment.getBill();
        BigInteger existing;
        PreparedStatement existsPs = createPreparedStatement(
                "SELECT COUNT(*) AS CNT, NVL(MAX(SEQ_NUM), 0) AS MAX_SEQ FROM CI_BILL_CHAR WHERE BILL_ID = :billId AND CHAR_TYPE_CD = :charType",
                "CmFlagLargeBillOnSegmentFreeze - bill already flagged");
        BigInteger maxSeq;
        try {
            existsPs.bindId("billId", bill.getId());
            existsPs.bindEntity("charType", getLargeBillCharType());
            SQLResultRow row = existsPs.firstRow();
            existing = row.getInteger("CNT");
            maxSeq = row.getInteger("MAX_SEQ");
        } finally {
            existsPs.close();
        }
        if (notNull(existing) && existing.signum() > 0) {
            return;
        }
        BillCharacteristics chars = bill.getCharacteristics();
        BillCharacteristic_DTO dto = chars.newChildDTO();
        dto.setCharacteristicValue("Y");
        chars.add(dto, getLargeBillCharType().getId(), (maxSeq == null ? BigInteger.ZERO : maxSeq).add(BigInteger.ONE));
        logger.info("Bill " + bill.getId().getTrimmedValue() + " flagged: segment " + billSegment.getId().getTrimmedValue()
                + " totals " + total);
    }

    @Override
    public void setBillSegment(BillSegment billSegment) {
        this.billSegment = billSegment;
    }

    @Override
    public void setFinancialTransaction(FinancialTransaction financialTransaction) {
    }
}
