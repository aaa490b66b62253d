package com.northwind.ormb.ext.usage.algo;

import java.math.BigDecimal;
import java.util.logging.Logger;

import com.northwind.ormb.ext.common.NwConstants;
import com.northwind.ormb.ext.common.NwMessages;
import com.splwg.base.api.algorithms.AbstractAlgorithmComponent;
import com.splwg.base.api.datatypes.Bool;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.domain.admin.billCycle.BillCycle;
import com.splwg.ccb.domain.admin.serviceAgreementType.SaTypePreBillCompletionAlgorithmSpot;
import com.splwg.ccb.domain.admin.serviceAgreementType.ServiceAgreementType;
import com.splwg.ccb.domain.billing.bill.Bill;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;

/**
 * SA Type - Pre-Bill Completion (NWELEC, NWGAS): a contract is not billed while usage
 * transactions of the bill period are still in ERROR in the transaction feed - Metering Ops must
 * fix them first, otherwise the customer is under-billed.
 *
 * Parameters: none.
 */
public class NwTxnErrorsBlockBillAlgo_Impl extends AbstractAlgorithmComponent
        implements SaTypePreBillCompletionAlgorithmSpot {

    private static final Logger LOG = Logger.getLogger(NwTxnErrorsBlockBillAlgo_Impl.class.getName());

    /** Contract %1 has %2 usage transactions in error between %3 and %4 (CI_MSG 93100/206). */
    private static final int TXN_ERRORS_IN_BILL_PERIOD = 206;

    private ServiceAgreement serviceAgreement;
    private Date startDate;
    private Date endDate;

    @Override
    public void invoke() {
        String saId = serviceAgreement.getId().getIdValue();
        BigDecimal errors = BigDecimal.ZERO;
        PreparedStatement ps = createPreparedStatement("""
                SELECT COUNT(*) AS ERR_CNT
                  FROM CI_TXN_DETAIL
                 WHERE SA_ID = :saId
                   AND BO_STATUS_CD = :status
                   AND TXN_DTTM >= :startDate
                   AND TXN_DTTM < :dayAfterEnd
                """, "NwTxnErrorsBlockBillAlgo - usage in error in the bill period");
        try {
            ps.bindString("saId", saId, "SA_ID");
            ps.bindString("status", NwConstants.TXN_ERROR, "BO_STATUS_CD");
            ps.bindDate("startDate", startDate);
            ps.bindDate("dayAfterEnd", endDate.addDays(1));
            for (SQLResultRow row : ps.list()) {
                errors = row.getBigDecimal("ERR_CNT");
            }
        } finally {
            ps.close();
        }
        if (errors != null && errors.signum() > 0) {
            String count = errors.toPlainString();
            LOG.info(() -> "Contract " + saId.trim() + " has " + count + " usage errors, bill stopped");
            addError(NwMessages.of(TXN_ERRORS_IN_BILL_PERIOD, saId.trim(), count, String.valueOf(startDate),
                    String.valueOf(endDate)));
        }
    }

    @Override
    public void setBill(Bill bill) {
    }

    @Override
    public void setBillCycle(BillCycle billCycle) {
    }

    @Override
    public void setStartDate(Date startDate) {
        this.startDate = startDate;
    }

    @Override
    public void setEndDate(Date endDate) {
        this.endDate = endDate;
    }

    @Override
    public void setServiceAgreement(ServiceAgreement serviceAgreement) {
        this.serviceAgreement = serviceAgreement;
    }

    @Override
    public void setServiceAgreementType(ServiceAgreementType serviceAgreementType) {
    }

    @Override
    public Bool getShouldSkipRemainingAlgorithms() {
        return Bool.FALSE;
    }
}
