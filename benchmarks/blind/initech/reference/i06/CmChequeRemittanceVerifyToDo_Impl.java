package com.initech.rmb.receivables.spot;

import java.math.BigDecimal;

import com.initech.rmb.common.InitechAlgorithm;
import com.initech.rmb.common.SoftParams;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.api.lookup.TenderStatusLookup;
import com.splwg.ccb.domain.admin.customerClass.CustomerClassPayFreezeAlgorithmSpot;
import com.splwg.ccb.domain.payment.payment.Payment;

/**
 * Customer Class - Payment Freeze (CM-CHQVER). Large cheques are verified by treasury: when a frozen
 * remittance was tendered by cheque for more than the limit, a To Do entry is raised for the
 * payment.
 */
@SoftParams({"chequeTenderType:string", "chequeLimitAmount:decimal", "treasuryToDoType:entity"})
public class CmChequeRemittanceVerifyToDo_Impl extends InitechAlgorithm implements CustomerClassPayFreezeAlgorithmSpot {

    private static final String SQL_LARGE_CHEQUES =
            "SELECT COUNT(*) AS CNT, MAX(TENDER_AMT) AS MAX_AMT FROM CI_PAY_TNDR "
            + "WHERE PAY_EVENT_ID = :payEventId AND TENDER_TYPE_CD = :tenderType "
            + "AND TNDR_STATUS_FLG <> :canceled AND TENDER_AMT > :limitAmt";

    private Payment payment;

    @Override
    public void invoke() {
        BigDecimal limit = decimalParam("chequeLimitAmount");
        String tenderType = param("chequeTenderType");
        if (limit == null || tenderType == null) {
            return;
        }
        PreparedStatement ps = sql(SQL_LARGE_CHEQUES);
        try {
            ps.bindId("payEventId", payment.getPaymentEvent().getId());
            ps.bindString("tenderType", tenderType, "TENDER_TYPE_CD");
            ps.bindLookup("canceled", TenderStatusLookup.constants.CANCELED);
            ps.bindBigDecimal("limitAmt", limit);
            SQLResultRow row = ps.firstRow();
            if (row != null && row.getInteger("CNT").signum() > 0) {
                raiseToDo(param("treasuryToDoType"), payment.getId().getIdValue(),
                        "Cheque of " + row.getBigDecimal("MAX_AMT").toPlainString() + " to verify");
            }
        } finally {
            ps.close();
        }
    }

    @Override
    public void setPayment(Payment payment) {
        this.payment = payment;
    }
}
