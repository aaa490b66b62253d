package com.initech.rmb.invoice.spot;

import java.math.BigDecimal;

import com.initech.rmb.common.InitechAlgorithm;
import com.initech.rmb.common.SoftParams;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.domain.admin.serviceAgreementType.SaTypeBillCompletionAlgorithmSpot;
import com.splwg.ccb.domain.billing.bill.Bill;
import com.splwg.ccb.domain.billing.billSegment.BillSegment;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;

/**
 * SA Type - Bill Completion (CM-LASTBILL). Keeps the "last invoiced amount" contract
 * characteristic current: when an invoice is finalized, the contract's segment total is written
 * to CI_SA_CHAR effective on the bill date (replacing a value of the same date).
 */
@SoftParams({"lastBilledCharType:entity"})
public class CmContractLastBilledAmount_Impl extends InitechAlgorithm implements SaTypeBillCompletionAlgorithmSpot {

    private static final String SQL_SEGMENT_TOTAL =
            "SELECT SUM(CALC_AMT) AS SEG_AMT FROM CI_BSEG_CALC WHERE BSEG_ID = :bsegId";

    private static final String SQL_DELETE_SAME_DAY =
            "DELETE FROM CI_SA_CHAR WHERE SA_ID = :saId AND CHAR_TYPE_CD = :charType AND EFFDT = :effdt";

    private static final String SQL_INSERT_CHAR =
            "INSERT INTO CI_SA_CHAR (SA_ID, CHAR_TYPE_CD, EFFDT, CHAR_VAL, ADHOC_CHAR_VAL, SRCH_CHAR_VAL, VERSION) "
            + "VALUES (:saId, :charType, :effdt, ' ', :amount, :amount, 1)";

    private Bill bill;
    private ServiceAgreement serviceAgreement;
    private BillSegment billSegment;

    @Override
    public void invoke() {
        if (billSegment == null) {
            return;
        }
        String charType = param("lastBilledCharType");
        BigDecimal amount = BigDecimal.ZERO;
        PreparedStatement ps = sql(SQL_SEGMENT_TOTAL);
        try {
            ps.bindId("bsegId", billSegment.getId());
            SQLResultRow row = ps.firstRow();
            if (row != null && row.getBigDecimal("SEG_AMT") != null) {
                amount = row.getBigDecimal("SEG_AMT");
            }
        } finally {
            ps.close();
        }

        PreparedStatement delete = sql(SQL_DELETE_SAME_DAY);
        try {
            delete.bindId("saId", serviceAgreement.getId());
            delete.bindString("charType", charType, "CHAR_TYPE_CD");
            delete.bindDate("effdt", bill.getBillDate());
            delete.executeUpdate();
        } finally {
            delete.close();
        }

        PreparedStatement insert = sql(SQL_INSERT_CHAR);
        try {
            insert.bindId("saId", serviceAgreement.getId());
            insert.bindString("charType", charType, "CHAR_TYPE_CD");
            insert.bindDate("effdt", bill.getBillDate());
            insert.bindString("amount", amount.toPlainString(), "ADHOC_CHAR_VAL");
            insert.executeUpdate();
        } finally {
            insert.close();
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
