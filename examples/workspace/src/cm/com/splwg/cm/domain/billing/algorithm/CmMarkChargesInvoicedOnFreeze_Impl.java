package com.splwg.cm.domain.billing.algorithm;

import java.util.List;

import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.domain.admin.customerClass.CustomerClassBillSegmentFreezeAlgorithmSpot;
import com.splwg.ccb.domain.billing.billSegment.BillSegment;
import com.splwg.ccb.domain.financial.financialTransaction.FinancialTransaction;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Marks every billable charge that a frozen bill segment priced as invoiced, so that the
 * merchant portal extract (which reads CI_BILL_CHG_CHAR) can show which invoice a charge went
 * out on. The invoice is recorded as an effective-dated charge characteristic holding the bill id;
 * a charge already carrying the characteristic (rebilled segments) is left alone.
 *
 * Plugged on the Customer Class, Bill Segment Freeze event.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = invoicedCharType, required = true, type = string)})
 */
public class CmMarkChargesInvoicedOnFreeze_Impl extends CmMarkChargesInvoicedOnFreeze_Gen
        implements CustomerClassBillSegmentFreezeAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmMarkChargesInvoicedOnFreeze_Impl.class);

    private BillSegment billSegment;
    private FinancialTransaction financialTransaction;

    @Override
    public void invoke() {
        String bsegId = billSegment.getId().getIdValue();
        String billId = billSegment.getBill().getId().getIdValue();

        PreparedStatement select = createPreparedStatement(
                "SELECT DISTINCT CALC.BILLABLE_CHG_ID "
                + "FROM CI_BSEG_CALC CALC, CI_BILL_CHG CHG "
                + "WHERE CALC.BSEG_ID = :bsegId "
                + "AND CHG.BILLABLE_CHG_ID = CALC.BILLABLE_CHG_ID "
                + "AND NOT EXISTS (SELECT 'X' FROM CI_BILL_CHG_CHAR CC "
                + "                WHERE CC.BILLABLE_CHG_ID = CHG.BILLABLE_CHG_ID "
                + "                AND CC.CHAR_TYPE_CD = :charType)",
                "CmMarkChargesInvoicedOnFreeze - charges priced on segment");
        select.setAutoclose(false);

        PreparedStatement insert = createPreparedStatement(
                "INSERT INTO CI_BILL_CHG_CHAR (BILLABLE_CHG_ID, CHAR_TYPE_CD, EFFDT, CHAR_VAL, ADHOC_CHAR_VAL, "
                + "CHAR_VAL_FK1, SRCH_CHAR_VAL, VERSION) "
                + "VALUES (:chargeId, :charType, :effdt, ' ', :billId, ' ', :billId, 1)",
                "CmMarkChargesInvoicedOnFreeze - record invoice on charge");
        insert.setAutoclose(false);

        int marked = 0;
        try {
            select.bindString("bsegId", bsegId, "BSEG_ID");
            select.bindString("charType", getInvoicedCharType(), "CHAR_TYPE_CD");
            List<SQLResultRow> charges = select.list();
            for (SQLResultRow charge : charges) {
                String chargeId = charge.getString("BILLABLE_CHG_ID");
                if (isBlankOrNull(chargeId)) {
                    continue;
                }
                insert.bindString("chargeId", chargeId, "BILLABLE_CHG_ID");
                insert.bindString("charType", getInvoicedCharType(), "CHAR_TYPE_CD");
                insert.bindDate("effdt", financialTransaction.getAccountingDate());
                insert.bindString("billId", billId, "ADHOC_CHAR_VAL");
                marked += insert.executeUpdate();
            }
        } finally {
            select.close();
            insert.close();
        }

        if (marked > 0) {
            logger.debug(marked + " billable charge(s) of segment " + bsegId.trim() + " marked as invoiced on bill " + billId.trim());
        }
    }

    @Override
    public void setBillSegment(BillSegment billSegment) {
        this.billSegment = billSegment;
    }

    @Override
    public void setFinancialTransaction(FinancialTransaction financialTransaction) {
        this.financialTransaction = financialTransaction;
    }
}
