package com.northwind.ormb.ext.usage.algo;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.logging.Logger;

import com.northwind.ormb.ext.common.NwConstants;
import com.splwg.base.api.algorithms.AbstractAlgorithmComponent;
import com.splwg.base.api.datatypes.Bool;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.domain.admin.serviceAgreementType.SaTypePostProcessingAlgorithmSpot;

/**
 * SA Type - Post Processing (NWELEC, NWGAS): minimum charge and true-up post-processing only
 * makes sense for a contract that consumed something. When the contract has no usage
 * transaction (other than cancelled ones) dated in the segment period, the remaining
 * post-processing algorithms are skipped.
 *
 * Parameters: none.
 */
public class NwNoUsageSkipPostProcAlgo_Impl extends AbstractAlgorithmComponent
        implements SaTypePostProcessingAlgorithmSpot {

    private static final Logger LOG = Logger.getLogger(NwNoUsageSkipPostProcAlgo_Impl.class.getName());

    private String saId;
    private Date startDate;
    private Date endDate;
    private Bool skip = Bool.FALSE;

    @Override
    public void invoke() {
        BigDecimal usage = BigDecimal.ZERO;
        PreparedStatement ps = createPreparedStatement("""
                SELECT COUNT(*) AS TXN_CNT
                  FROM CI_TXN_DETAIL
                 WHERE SA_ID = :saId
                   AND BO_STATUS_CD <> :cancelled
                   AND TXN_DTTM >= :startDate
                   AND TXN_DTTM < :dayAfterEnd
                """, "NwNoUsageSkipPostProcAlgo - usage of the segment period");
        try {
            ps.bindString("saId", saId, "SA_ID");
            ps.bindString("cancelled", NwConstants.TXN_CANCELLED, "BO_STATUS_CD");
            ps.bindDate("startDate", startDate);
            ps.bindDate("dayAfterEnd", endDate.addDays(1));
            for (SQLResultRow row : ps.list()) {
                usage = row.getBigDecimal("TXN_CNT");
            }
        } finally {
            ps.close();
        }
        if (usage == null || usage.signum() == 0) {
            skip = Bool.TRUE;
            LOG.fine(() -> "No usage on contract " + saId.trim() + ", post-processing skipped");
        }
    }

    @Override
    public void setBillId(String billId) {
    }

    @Override
    public void setSaId(String saId) {
        this.saId = saId;
    }

    @Override
    public void setAccountId(String accountId) {
    }

    @Override
    public void setSaTypeCd(String saTypeCd) {
    }

    @Override
    public void setCisDivision(String cisDivision) {
    }

    @Override
    public void setCurrencyCd(String currencyCd) {
    }

    @Override
    public void setBillCycCode(String billCycCode) {
    }

    @Override
    public void setWinStartDt(Date winStartDt) {
    }

    @Override
    public void setCutOffDate(Date cutOffDate) {
    }

    @Override
    public void setBillDate(Date billDate) {
    }

    @Override
    public void setAccountingDate(Date accountingDate) {
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
    public void setBsegId(String bsegId) {
    }

    @Override
    public void setPriceItemCd(String priceItemCd) {
    }

    @Override
    public void setBatchCd(String batchCd) {
    }

    @Override
    public void setBatchNbr(BigInteger batchNbr) {
    }

    @Override
    public void setTrialBillSw(Bool trialBillSw) {
    }

    @Override
    public void setFinalBillSw(Bool finalBillSw) {
    }

    @Override
    public void setAllowEstimateSw(Bool allowEstimateSw) {
    }

    @Override
    public Bool getSkipSw() {
        return skip;
    }
}
