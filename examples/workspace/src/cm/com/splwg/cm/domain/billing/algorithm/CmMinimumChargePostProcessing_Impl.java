package com.splwg.cm.domain.billing.algorithm;

import java.math.BigDecimal;
import java.math.BigInteger;

import com.splwg.base.api.datatypes.Bool;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.lookup.YesNoOptionLookup;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.domain.admin.serviceAgreementType.SaTypePostProcessingAlgorithmSpot;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Decides whether the minimum-charge post-processing segment is needed for a contract: when the
 * charges already calculated on this bill reach the monthly minimum, or when the contract had
 * no usage at all and zero-usage contracts are exempt, the remaining post-processing is skipped.
 *
 * Plugged on the SA Type, billing post-processing event, for the transaction-priced SA types.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = minimumChargeAmount, required = true, type = decimal)
 *            , @AlgorithmSoftParameter (lookupName = yesNoOption, name = exemptZeroUsage, type = lookup)})
 */
public class CmMinimumChargePostProcessing_Impl extends CmMinimumChargePostProcessing_Gen
        implements SaTypePostProcessingAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmMinimumChargePostProcessing_Impl.class);

    private String billId;
    private String saId;
    private Date startDate;
    private Date endDate;
    private Bool skipSw = Bool.FALSE;

    @Override
    public void invoke() {
        BigDecimal billedSoFar = BigDecimal.ZERO;
        PreparedStatement calcPs = createPreparedStatement(
                "SELECT NVL(SUM(BC.CALC_AMT), 0) AS BILLED_AMT "
                + "FROM CI_BSEG BS, CI_BSEG_CALC BC "
                + "WHERE BS.BILL_ID = :billId AND BS.SA_ID = :saId "
                + "AND BC.BSEG_ID = BS.BSEG_ID",
                "CmMinimumChargePostProcessing - amount billed on this bill");
        try {
            calcPs.bindString("billId", billId, "BILL_ID");
            calcPs.bindString("saId", saId, "SA_ID");
            SQLResultRow row = calcPs.firstRow();
            if (notNull(row)) {
                billedSoFar = row.getBigDecimal("BILLED_AMT");
            }
        } finally {
            calcPs.close();
        }

        if (billedSoFar.compareTo(getMinimumChargeAmount()) >= 0) {
            logger.debug("SA " + saId + " billed " + billedSoFar + ", minimum reached");
            skipSw = Bool.TRUE;
            return;
        }

        if (YesNoOptionLookup.constants.YES.equals(getExemptZeroUsage()) && countBillableCharges().signum() == 0) {
            logger.debug("SA " + saId + " has no billable charges in " + startDate + " - " + endDate + "; exempt");
            skipSw = Bool.TRUE;
        }
    }

    private BigInteger countBillableCharges() {
        PreparedStatement ps = createPreparedStatement(
                "SELECT COUNT(*) AS CHG_COUNT FROM CI_BILL_CHG "
                + "WHERE SA_ID = :saId AND BILLABLE_CHG_STAT = '10' "
                + "AND START_DT <= :endDate AND END_DT >= :startDate",
                "CmMinimumChargePostProcessing - billable charges in period");
        try {
            ps.bindString("saId", saId, "SA_ID");
            ps.bindDate("startDate", startDate);
            ps.bindDate("endDate", endDate);
            return ps.firstRow().getInteger("CHG_COUNT");
        } finally {
            ps.close();
        }
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
        return skipSw;
    }
}
