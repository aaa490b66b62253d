package com.splwg.cm.domain.billing.algorithm;

import java.math.BigDecimal;

import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.domain.admin.serviceAgreementType.SaTypeBillCompletionAlgorithmSpot;
import com.splwg.ccb.domain.billing.bill.Bill;
import com.splwg.ccb.domain.billing.billSegment.BillSegment;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Keeps the highest amount ever billed on a contract as a contract characteristic (used by credit
 * risk for deposit reviews): when the bill segment just completed is worth more than the current
 * peak, or the contract has no peak yet, a new characteristic row effective on the bill date
 * records the new amount.
 *
 * Plugged on the SA Type, Bill Completion event.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (entityName = characteristicType, name = peakBilledAmountCharType, required = true, type = entity)})
 */
public class CmPeakBilledAmountCharAlgComp_Impl extends CmPeakBilledAmountCharAlgComp_Gen
        implements SaTypeBillCompletionAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmPeakBilledAmountCharAlgComp_Impl.class);

    private static final String SEGMENT_AMOUNT_SQL =
            "SELECT NVL(SUM(CALC_AMT), 0) AS SEG_AMT FROM CI_BSEG_CALC WHERE BSEG_ID = :bsegId";

    private static final String CURRENT_PEAK_SQL = """
            SELECT SC.ADHOC_CHAR_VAL, SC.EFFDT
              FROM CI_SA_CHAR SC
             WHERE SC.SA_ID = :saId
               AND SC.CHAR_TYPE_CD = :charType
             ORDER BY SC.EFFDT DESC
            """;

    private Bill bill;
    private ServiceAgreement serviceAgreement;
    private BillSegment billSegment;

    @Override
    public void invoke() {
        BigDecimal amount = segmentAmount();

        Date peakDate = null;
        BigDecimal peak = null;
        PreparedStatement ps = createPreparedStatement(CURRENT_PEAK_SQL, "CmPeakBilledAmountChar - current peak");
        try {
            ps.bindId("saId", serviceAgreement.getId());
            ps.bindEntity("charType", getPeakBilledAmountCharType());
            SQLResultRow row = ps.firstRow();
            if (notNull(row)) {
                peakDate = row.getDate("EFFDT");
                if (notBlank(row.getString("ADHOC_CHAR_VAL"))) {
                    peak = new BigDecimal(row.getString("ADHOC_CHAR_VAL").trim());
                }
            }
        } finally {
            ps.close();
        }
        if (notNull(peak) && amount.compareTo(peak) <= 0) {
            return;
        }

        Date effectiveDate = notNull(bill) && notNull(bill.getBillDate()) ? bill.getBillDate() : getProcessDateTime().getDate();
        boolean sameDay = notNull(peakDate) && peakDate.equals(effectiveDate);
        PreparedStatement write = createPreparedStatement(sameDay
                ? "UPDATE CI_SA_CHAR SET ADHOC_CHAR_VAL = :value, SRCH_CHAR_VAL = :value "
                        + "WHERE SA_ID = :saId AND CHAR_TYPE_CD = :charType AND EFFDT = :effdt"
                : "INSERT INTO CI_SA_CHAR (SA_ID, CHAR_TYPE_CD, EFFDT, CHAR_VAL, ADHOC_CHAR_VAL, SRCH_CHAR_VAL, VERSION) "
                        + "VALUES (:saId, :charType, :effdt, ' ', :value, :value, 1)",
                "CmPeakBilledAmountChar - record new peak");
        try {
            write.bindId("saId", serviceAgreement.getId());
            write.bindEntity("charType", getPeakBilledAmountCharType());
            write.bindDate("effdt", effectiveDate);
            write.bindString("value", amount.toPlainString(), "ADHOC_CHAR_VAL");
            write.executeUpdate();
        } finally {
            write.close();
        }
        logger.info("Contract " + serviceAgreement.getId().getTrimmedValue() + " peak billed amount now " + amount);
    }

    private BigDecimal segmentAmount() {
        PreparedStatement ps = createPreparedStatement(SEGMENT_AMOUNT_SQL, "CmPeakBilledAmountChar - segment amount");
        try {
            ps.bindId("bsegId", billSegment.getId());
            SQLResultRow row = ps.firstRow();
            return row == null || row.getBigDecimal("SEG_AMT") == null ? BigDecimal.ZERO : row.getBigDecimal("SEG_AMT");
        } finally {
            ps.close();
        }
    }

    @Override
    public void setBill(Bill bill) {
        this.bill = bill;
    }

    @Override
    public void setServiceAgreement(ServiceAgreement serviceAgreement) {
        this.serviceAgreement = serviceAgreement;
    }

    @Override
    public void setBillSegment(BillSegment billSegment) {
        this.billSegment = billSegment;
    }
}
