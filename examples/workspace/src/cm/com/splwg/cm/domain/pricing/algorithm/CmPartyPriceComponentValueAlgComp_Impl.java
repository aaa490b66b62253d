package com.splwg.cm.domain.pricing.algorithm;

import java.math.BigDecimal;
import java.util.List;

import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.api.lookup.PartyTypeLookup;
import com.splwg.ccb.api.lookup.PriceAssignmentOwnerTypeLookup;
import com.splwg.ccb.domain.rate.ApplyRateData;
import com.splwg.ccb.domain.rate.rateComponent.RateComponent;
import com.splwg.ccb.domain.rate.rateComponent.RateComponentValueAlgorithmSpot;
import com.splwg.cm.domain.common.messageRepository.CmMessageRepository;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Returns the negotiated price for the price item being rated: the price component value of the
 * customer's own (party-level) price assignment when the main customer of the account has one
 * effective on the period start, otherwise the value from the default price list.
 *
 * Plugged as the value algorithm of the "negotiated rate" rate components.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = priceComponentSequence, required = true, type = integer)
 *            , @AlgorithmSoftParameter (name = defaultPriceListId, required = true, type = string)})
 */
public class CmPartyPriceComponentValueAlgComp_Impl extends CmPartyPriceComponentValueAlgComp_Gen
        implements RateComponentValueAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmPartyPriceComponentValueAlgComp_Impl.class);

    private static final String PARTY_PRICE_SQL = """
            SELECT PC.VALUE_AMT, PA.PRICE_ASGN_ID
              FROM CI_ACCT_PER AP, CI_PARTY PTY, CI_PRICEASGN PA, CI_PRICECOMP PC
             WHERE AP.ACCT_ID = :acctId
               AND AP.MAIN_CUST_SW = 'Y'
               AND PTY.PARTY_ID = AP.PER_ID
               AND PTY.PARTY_TYPE_FLG = :partyType
               AND PA.OWNER_ID = PTY.PARTY_UID
               AND PA.PA_OWNER_TYPE_FLG = :partyOwner
               AND PA.PRICEITEM_CD = :priceItem
               AND PA.START_DT <= :pricingDate
               AND (PA.END_DT IS NULL OR PA.END_DT >= :pricingDate)
               AND PC.PRICE_ASGN_ID = PA.PRICE_ASGN_ID
               AND PC.RC_SEQ = :rcSeq
             ORDER BY PA.START_DT DESC
            """;

    private static final String PRICE_LIST_SQL = """
            SELECT PC.VALUE_AMT, PA.PRICE_ASGN_ID
              FROM CI_PRICEASGN PA, CI_PRICECOMP PC
             WHERE PA.OWNER_ID = :priceListId
               AND PA.PA_OWNER_TYPE_FLG = :priceListOwner
               AND PA.PRICEITEM_CD = :priceItem
               AND PA.START_DT <= :pricingDate
               AND (PA.END_DT IS NULL OR PA.END_DT >= :pricingDate)
               AND PC.PRICE_ASGN_ID = PA.PRICE_ASGN_ID
               AND PC.RC_SEQ = :rcSeq
            """;

    private ApplyRateData applyRateData;
    private BigDecimal value;

    @Override
    public void invoke() {
        String accountId = applyRateData.getAccount().getId().getIdValue();
        String priceItem = applyRateData.getPriceItem().getId().getIdValue();
        Date pricingDate = applyRateData.getStartDate();

        PreparedStatement partyPs = createPreparedStatement(PARTY_PRICE_SQL, "CmPartyPriceComponentValue - party price");
        try {
            partyPs.bindString("acctId", accountId, "ACCT_ID");
            partyPs.bindLookup("partyType", PartyTypeLookup.constants.PERSON);
            partyPs.bindLookup("partyOwner", PriceAssignmentOwnerTypeLookup.constants.PARTY);
            partyPs.bindString("priceItem", priceItem, "PRICEITEM_CD");
            partyPs.bindDate("pricingDate", pricingDate);
            partyPs.bindBigInteger("rcSeq", getPriceComponentSequence());
            List<SQLResultRow> rows = partyPs.list();
            if (!rows.isEmpty()) {
                value = rows.get(0).getBigDecimal("VALUE_AMT");
                applyRateData.setPriceAssignmentId(rows.get(0).getString("PRICE_ASGN_ID"));
                logger.debug("Party price " + value + " for " + priceItem.trim() + " / account " + accountId.trim());
                return;
            }
        } finally {
            partyPs.close();
        }

        PreparedStatement listPs = createPreparedStatement(PRICE_LIST_SQL, "CmPartyPriceComponentValue - default price list");
        try {
            listPs.bindString("priceListId", getDefaultPriceListId(), "OWNER_ID");
            listPs.bindLookup("priceListOwner", PriceAssignmentOwnerTypeLookup.constants.PRICE_LIST);
            listPs.bindString("priceItem", priceItem, "PRICEITEM_CD");
            listPs.bindDate("pricingDate", pricingDate);
            listPs.bindBigInteger("rcSeq", getPriceComponentSequence());
            SQLResultRow row = listPs.firstRow();
            if (isNull(row)) {
                addError(CmMessageRepository.priceNotFound(priceItem.trim(), accountId.trim(), pricingDate));
            }
            value = row.getBigDecimal("VALUE_AMT");
            applyRateData.setPriceAssignmentId(row.getString("PRICE_ASGN_ID"));
        } finally {
            listPs.close();
        }
    }

    @Override
    public void setApplyRateData(ApplyRateData applyRateData) {
        this.applyRateData = applyRateData;
    }

    @Override
    public void setRateComponent(RateComponent rateComponent) {
    }

    @Override
    public ApplyRateData getApplyRateData() {
        return applyRateData;
    }

    @Override
    public BigDecimal getValue() {
        return value;
    }
}
