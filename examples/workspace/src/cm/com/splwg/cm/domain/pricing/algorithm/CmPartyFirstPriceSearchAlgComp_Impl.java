package com.splwg.cm.domain.pricing.algorithm;

import java.util.List;
import java.util.Map;

import com.splwg.base.api.datatypes.Bool;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.api.lookup.PartyTypeLookup;
import com.splwg.ccb.api.lookup.PriceAssignmentOwnerTypeLookup;
import com.splwg.ccb.domain.customerinfo.account.Account;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;
import com.splwg.ccb.domain.pricing.priceassign.PriceAssignmentSearchAlgorithmSpot;
import com.splwg.ccb.domain.pricing.priceassign.PriceAssignment_Id;
import com.splwg.ccb.domain.pricing.priceitem.PriceItem;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Price lookup for negotiated deals: an account-level price (party of type ACCT) wins over the
 * main customer's person-level price (party of type PERS), which wins over the global price list.
 * When the transaction carries price item parameters, a party price only applies if its
 * assignment characteristics (CI_PRICEASGN_CHAR) match every parameter - e.g. a deal priced for
 * card brand VISA does not price MASTERCARD transactions; the global list is never filtered.
 *
 * Configured as the price assignment search algorithm on the Billing feature configuration.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = activeStatus, required = true, type = string)})
 */
public class CmPartyFirstPriceSearchAlgComp_Impl extends CmPartyFirstPriceSearchAlgComp_Gen
        implements PriceAssignmentSearchAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmPartyFirstPriceSearchAlgComp_Impl.class);

    private static final String PARTY_PRICES_SQL = """
            SELECT PA.PRICE_ASGN_ID, PTY.PARTY_TYPE_FLG
              FROM CI_PARTY PTY, CI_PRICEASGN PA
             WHERE ((PTY.PARTY_TYPE_FLG = :acctParty AND PTY.PARTY_ID = :acctId)
                 OR (PTY.PARTY_TYPE_FLG = :perParty AND PTY.PARTY_ID IN
                        (SELECT AP.PER_ID FROM CI_ACCT_PER AP
                          WHERE AP.ACCT_ID = :acctId AND AP.MAIN_CUST_SW = 'Y')))
               AND PA.OWNER_ID = PTY.PARTY_UID
               AND PA.PA_OWNER_TYPE_FLG = :partyOwner
               AND PA.PRICEITEM_CD = :priceItem
               AND PA.PRICE_STATUS_FLAG = :activeStatus
               AND PA.START_DT <= :pricingDate
               AND (PA.END_DT IS NULL OR PA.END_DT >= :pricingDate)
             ORDER BY CASE WHEN PTY.PARTY_TYPE_FLG = :acctParty THEN 1 ELSE 2 END, PA.START_DT DESC
            """;

    private static final String PARAMETER_MATCH_SQL = """
            SELECT COUNT(*) AS MATCH_COUNT
              FROM CI_PRICEASGN_CHAR PC
             WHERE PC.PRICE_ASGN_ID = :priceAsgnId
               AND PC.CHAR_TYPE_CD = :parameterName
               AND PC.SRCH_CHAR_VAL = UPPER(:parameterValue)
               AND PC.EFFDT <= :pricingDate
            """;

    private static final String GLOBAL_PRICE_SQL = """
            SELECT PA.PRICE_ASGN_ID
              FROM CI_PRICELIST PL, CI_PRICEASGN PA
             WHERE PL.PL_GLOBAL_SW = 'Y'
               AND PL.START_DT <= :pricingDate
               AND (PL.END_DT IS NULL OR PL.END_DT >= :pricingDate)
               AND PA.OWNER_ID = PL.PRICELIST_ID
               AND PA.PA_OWNER_TYPE_FLG = :priceListOwner
               AND PA.PRICEITEM_CD = :priceItem
               AND PA.PRICE_STATUS_FLAG = :activeStatus
               AND PA.START_DT <= :pricingDate
               AND (PA.END_DT IS NULL OR PA.END_DT >= :pricingDate)
             ORDER BY PA.START_DT DESC
            """;

    private PriceItem priceItem;
    private Account account;
    private Date pricingDate;
    private Map<String, String> priceItemParameters;
    private PriceAssignment_Id priceAssignmentId;

    @Override
    public void invoke() {
        List<SQLResultRow> partyPrices;
        PreparedStatement partyPs = createPreparedStatement(PARTY_PRICES_SQL, "CmPartyFirstPriceSearch - party price assignments");
        try {
            partyPs.bindLookup("acctParty", PartyTypeLookup.constants.ACCOUNT);
            partyPs.bindLookup("perParty", PartyTypeLookup.constants.PERSON);
            partyPs.bindId("acctId", account.getId());
            partyPs.bindLookup("partyOwner", PriceAssignmentOwnerTypeLookup.constants.PARTY);
            partyPs.bindId("priceItem", priceItem.getId());
            partyPs.bindString("activeStatus", getActiveStatus(), "PRICE_STATUS_FLAG");
            partyPs.bindDate("pricingDate", pricingDate);
            partyPrices = partyPs.list();
        } finally {
            partyPs.close();
        }

        if (!partyPrices.isEmpty()) {
            PreparedStatement matchPs = createPreparedStatement(PARAMETER_MATCH_SQL, "CmPartyFirstPriceSearch - parameter match");
            matchPs.setAutoclose(false);
            try {
                for (SQLResultRow candidate : partyPrices) {
                    String candidateId = candidate.getString("PRICE_ASGN_ID");
                    if (matchesAllParameters(matchPs, candidateId)) {
                        priceAssignmentId = new PriceAssignment_Id(candidateId);
                        logger.debug("Party price " + candidateId.trim() + " (" + candidate.getString("PARTY_TYPE_FLG").trim()
                                + ") for " + priceItem.getId().getTrimmedValue());
                        return;
                    }
                }
            } finally {
                matchPs.close();
            }
        }

        PreparedStatement globalPs = createPreparedStatement(GLOBAL_PRICE_SQL, "CmPartyFirstPriceSearch - global price list");
        try {
            globalPs.bindDate("pricingDate", pricingDate);
            globalPs.bindLookup("priceListOwner", PriceAssignmentOwnerTypeLookup.constants.PRICE_LIST);
            globalPs.bindId("priceItem", priceItem.getId());
            globalPs.bindString("activeStatus", getActiveStatus(), "PRICE_STATUS_FLAG");
            SQLResultRow row = globalPs.firstRow();
            if (notNull(row)) {
                priceAssignmentId = new PriceAssignment_Id(row.getString("PRICE_ASGN_ID"));
            }
        } finally {
            globalPs.close();
        }
    }

    private boolean matchesAllParameters(PreparedStatement matchPs, String priceAsgnId) {
        if (isNull(priceItemParameters) || priceItemParameters.isEmpty()) {
            return true;
        }
        for (Map.Entry<String, String> parameter : priceItemParameters.entrySet()) {
            matchPs.bindString("priceAsgnId", priceAsgnId, "PRICE_ASGN_ID");
            matchPs.bindString("parameterName", parameter.getKey(), "CHAR_TYPE_CD");
            matchPs.bindString("parameterValue", parameter.getValue().trim(), "SRCH_CHAR_VAL");
            matchPs.bindDate("pricingDate", pricingDate);
            if (matchPs.firstRow().getInteger("MATCH_COUNT").signum() == 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void setPriceItem(PriceItem priceItem) {
        this.priceItem = priceItem;
    }

    @Override
    public void setAccount(Account account) {
        this.account = account;
    }

    @Override
    public void setServiceAgreement(ServiceAgreement serviceAgreement) {
    }

    @Override
    public void setPricingDate(Date pricingDate) {
        this.pricingDate = pricingDate;
    }

    @Override
    public void setPriceItemParameters(Map<String, String> priceItemParameters) {
        this.priceItemParameters = priceItemParameters;
    }

    @Override
    public Bool getIsPriceAssignmentFound() {
        return Bool.valueOf(notNull(priceAssignmentId));
    }

    @Override
    public PriceAssignment_Id getPriceAssignmentId() {
        return priceAssignmentId;
    }
}
