package com.splwg.cm.domain.pricing.algorithm;

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
 * Price assignment search that prefers the account's own (party) price of the price item when one
 * is active on the pricing date and falls back to the global price list otherwise.
 *
 * Plugged on the installation / price item as the Price Assignment Search algorithm.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent ()
 */
public class CmAccountPriceFirstSearchAlgComp_Impl extends CmAccountPriceFirstSearchAlgComp_Gen
        implements PriceAssignmentSearchAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmAccountPriceFirstSearchAlgComp_Impl.class);

    private static final String ACTIVE = "ACTV";

    private static final String ACCOUNT_PRICE_SQL = """
            SELECT PA.PRICE_ASGN_ID
              FROM CI_PARTY PTY, CI_PRICEASGN PA
             WHERE PTY.PARTY_ID = :acctId
               AND PTY.PARTY_TYPE_FLG = :acctParty
               AND PA.OWNER_ID = PTY.PARTY_UID
               AND PA.PA_OWNER_TYPE_FLG = :partyOwner
               AND PA.PRICEITEM_CD = :priceItem
               AND PA.PRICE_STATUS_FLAG = :active
               AND PA.START_DT <= :pricingDate
               AND (PA.END_DT IS NULL OR PA.END_DT >= :pricingDate)
             ORDER BY PA.START_DT DESC
            """;

    private static final String GLOBAL_PRICE_SQL = """
            SELECT PA.PRICE_ASGN_ID
              FROM CI_PRICELIST PL, CI_PRICEASGN PA
             WHERE PL.PL_GLOBAL_SW = 'Y'
               AND PA.OWNER_ID = PL.PRICELIST_ID
               AND PA.PA_OWNER_TYPE_FLG = :listOwner
               AND PA.PRICEITEM_CD = :priceItem
               AND PA.PRICE_STATUS_FLAG = :active
               AND PA.START_DT <= :pricingDate
               AND (PA.END_DT IS NULL OR PA.END_DT >= :pricingDate)
             ORDER BY PA.START_DT DESC
            """;

    private PriceItem priceItem;
    private Account account;
    private Date pricingDate;
    private PriceAssignment_Id priceAssignmentId;

    @Override
    public void invoke() {
        Date onDate = notNull(pricingDate) ? pricingDate : getProcessDateTime().getDate();
        String found = null;
        if (notNull(account)) {
            PreparedStatement ps = createPreparedStatement(ACCOUNT_PRICE_SQL, "CmAccountPriceFirstSearch - account price");
            try {
                ps.bindId("acctId", account.getId());
                ps.bindLookup("acctParty", PartyTypeLookup.constants.ACCOUNT);
                ps.bindLookup("partyOwner", PriceAssignmentOwnerTypeLookup.constants.PARTY);
                ps.bindId("priceItem", priceItem.getId());
                ps.bindString("active", ACTIVE, "PRICE_STATUS_FLAG");
                ps.bindDate("pricingDate", onDate);
                SQLResultRow row = ps.firstRow();
                if (notNull(row)) {
                    found = row.getString("PRICE_ASGN_ID");
                }
            } finally {
                ps.close();
            }
        }
        if (isBlankOrNull(found)) {
            PreparedStatement ps = createPreparedStatement(GLOBAL_PRICE_SQL, "CmAccountPriceFirstSearch - global price list");
            try {
                ps.bindLookup("listOwner", PriceAssignmentOwnerTypeLookup.constants.PRICE_LIST);
                ps.bindId("priceItem", priceItem.getId());
                ps.bindString("active", ACTIVE, "PRICE_STATUS_FLAG");
                ps.bindDate("pricingDate", onDate);
                SQLResultRow row = ps.firstRow();
                if (notNull(row)) {
                    found = row.getString("PRICE_ASGN_ID");
                }
            } finally {
                ps.close();
            }
        }
        if (notBlank(found)) {
            priceAssignmentId = new PriceAssignment_Id(found.trim());
        }
        logger.debug("Price item " + priceItem.getId().getTrimmedValue() + " -> " + found);
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
