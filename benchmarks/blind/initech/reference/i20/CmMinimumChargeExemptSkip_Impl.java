package com.initech.rmb.pricing.spot;

import java.math.BigInteger;

import com.initech.rmb.common.InitechAlgorithm;
import com.initech.rmb.common.SoftParams;
import com.splwg.base.api.datatypes.Bool;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.domain.admin.serviceAgreementType.SaTypePostProcessingAlgorithmSpot;

/**
 * SA Type - Post Processing (CM-MINEXSK). Price items flagged as exempt from minimum charges
 * (price item characteristic = Y) skip the remaining post-processing (minimum charge segments).
 */
@SoftParams({"minimumExemptCharType:entity"})
public class CmMinimumChargeExemptSkip_Impl extends InitechAlgorithm implements SaTypePostProcessingAlgorithmSpot {

    private static final String SQL_EXEMPT_FLAG =
            "SELECT CHAR_VAL FROM CI_PRICEITEM_CHAR "
            + "WHERE PRICEITEM_CD = :priceItem AND CHAR_TYPE_CD = :charType AND EFFDT <= :asOf "
            + "ORDER BY EFFDT DESC";

    private String priceItemCd;
    private Date billDate;
    private Bool skip = Bool.FALSE;

    @Override
    public void invoke() {
        if (isBlankOrNull(priceItemCd)) {
            return;
        }
        Date asOf = billDate != null ? billDate : getProcessDateTime().getDate();
        PreparedStatement ps = sql(SQL_EXEMPT_FLAG);
        try {
            ps.bindString("priceItem", priceItemCd.trim(), "PRICEITEM_CD");
            ps.bindString("charType", param("minimumExemptCharType"), "CHAR_TYPE_CD");
            ps.bindDate("asOf", asOf);
            SQLResultRow row = ps.firstRow();
            if (row != null && row.getString("CHAR_VAL") != null && "Y".equals(row.getString("CHAR_VAL").trim())) {
                skip = Bool.TRUE;
            }
        } finally {
            ps.close();
        }
    }

    @Override
    public void setBillId(String billId) {
    }

    @Override
    public void setSaId(String saId) {
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
        this.billDate = billDate;
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
    }

    @Override
    public void setPriceItemCd(String priceItemCd) {
        this.priceItemCd = priceItemCd;
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
