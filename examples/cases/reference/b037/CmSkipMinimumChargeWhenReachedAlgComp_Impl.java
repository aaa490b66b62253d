package com.splwg.cm.domain.billing.algorithm;

import java.math.BigDecimal;
import java.math.BigInteger;

import com.splwg.base.api.datatypes.Bool;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.domain.admin.serviceAgreementType.SaTypePostProcessingAlgorithmSpot;

/**
 * Minimum charge contracts need no true-up when they already billed enough: when the contract's
 * regular bill segment adds up to the minimum charge or more, the remaining post-processing for
 * the contract is skipped.
 *
 * Plugged on the SA Type, billing post-processing event of the minimum charge contract types.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = minimumChargeAmount, required = true, type = decimal)})
 */
public class CmSkipMinimumChargeWhenReachedAlgComp_Impl extends CmSkipMinimumChargeWhenReachedAlgComp_Gen
        implements SaTypePostProcessingAlgorithmSpot {

    private String billId;
    private String saId;
    private String bsegId;
    private Bool skipSw = Bool.FALSE;

    @Override
    public void invoke() {
        PreparedStatement ps;
        if (notBlank(bsegId)) {
            ps = createPreparedStatement("SELECT NVL(SUM(CALC_AMT), 0) AS TOTAL FROM CI_BSEG_CALC WHERE BSEG_ID = :bsegId",
                    "CmSkipMinimumChargeWhenReached - segment total");
            ps.bindString("bsegId", bsegId.trim(), "BSEG_ID");
        } else {
            ps = createPreparedStatement("SELECT NVL(SUM(C.CALC_AMT), 0) AS TOTAL FROM CI_BSEG B, CI_BSEG_CALC C "
                    + " WHERE B.BILL_ID = :billId AND B.SA_ID = :saId AND C.BSEG_ID = B.BSEG_ID",
                    "CmSkipMinimumChargeWhenReached - contract total on bill");
            ps.bindString("billId", billId, "BILL_ID");
            ps.bindString("saId", saId, "SA_ID");
        }
        BigDecimal total;
        try {
            SQLResultRow row = ps.firstRow();
            total = isNull(row) || isNull(row.getBigDecimal("TOTAL")) ? BigDecimal.ZERO : row.getBigDecimal("TOTAL");
        } finally {
            ps.close();
        }
        skipSw = Bool.valueOf(total.compareTo(getMinimumChargeAmount()) >= 0);
    }

    @Override
    public void setBillId(String billId) {
        this.billId = billId;
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
    }

    @Override
    public void setEndDate(Date endDate) {
    }

    @Override
    public void setBsegId(String bsegId) {
        this.bsegId = bsegId;
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
        return skipSw;
    }
}
