package com.splwg.cm.domain.pricing.algorithm;

import java.math.BigInteger;

import com.splwg.base.api.datatypes.Bool;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.domain.admin.serviceAgreementType.SaTypePostProcessingAlgorithmSpot;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Skips the SA type post-processing (minimum charge, true-up) for bill segments whose price item
 * is flagged with the "no post processing" characteristic set to Y.
 *
 * Plugged on the SA Type, Post Processing event.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (entityName = characteristicType, name = noPostProcessingCharType, required = true, type = entity)})
 */
public class CmSkipFlaggedPriceItemPostProcAlgComp_Impl extends CmSkipFlaggedPriceItemPostProcAlgComp_Gen
        implements SaTypePostProcessingAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmSkipFlaggedPriceItemPostProcAlgComp_Impl.class);

    private static final String SEGMENT_PRICE_ITEM_SQL = "SELECT PRICEITEM_CD FROM CI_BSEG_EXT WHERE BSEG_ID = :bsegId";

    private static final String FLAG_SQL = """
            SELECT PC.CHAR_VAL
              FROM CI_PRICEITEM_CHAR PC
             WHERE PC.PRICEITEM_CD = :priceItem
               AND PC.CHAR_TYPE_CD = :charType
               AND PC.EFFDT <= :asOf
             ORDER BY PC.EFFDT DESC
            """;

    private String bsegId;
    private String priceItemCd;
    private Date endDate;
    private Bool skipSw = Bool.FALSE;

    @Override
    public void invoke() {
        String priceItem = priceItemCd;
        if (isBlankOrNull(priceItem) && notBlank(bsegId)) {
            PreparedStatement ps = createPreparedStatement(SEGMENT_PRICE_ITEM_SQL, "CmSkipFlaggedPriceItemPostProc - segment price item");
            try {
                ps.bindString("bsegId", bsegId, "BSEG_ID");
                SQLResultRow row = ps.firstRow();
                if (notNull(row)) {
                    priceItem = row.getString("PRICEITEM_CD");
                }
            } finally {
                ps.close();
            }
        }
        if (isBlankOrNull(priceItem)) {
            return;
        }

        Date asOf = getProcessDateTime().getDate();
        if (notNull(endDate) && endDate.isAfter(asOf)) {
            asOf = endDate;
        }
        PreparedStatement ps = createPreparedStatement(FLAG_SQL, "CmSkipFlaggedPriceItemPostProc - no post processing flag");
        try {
            ps.bindString("priceItem", priceItem.trim(), "PRICEITEM_CD");
            ps.bindEntity("charType", getNoPostProcessingCharType());
            ps.bindDate("asOf", asOf);
            SQLResultRow row = ps.firstRow();
            if (notNull(row) && notBlank(row.getString("CHAR_VAL")) && "Y".equals(row.getString("CHAR_VAL").trim())) {
                logger.info("Price item " + priceItem.trim() + " is excluded from post processing (segment " + bsegId + ")");
                skipSw = Bool.TRUE;
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
    }

    @Override
    public void setAccountingDate(Date accountingDate) {
    }

    @Override
    public void setStartDate(Date startDate) {
    }

    @Override
    public void setEndDate(Date endDate) {
        this.endDate = endDate;
    }

    @Override
    public void setBsegId(String bsegId) {
        this.bsegId = bsegId;
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
        return skipSw;
    }
}
