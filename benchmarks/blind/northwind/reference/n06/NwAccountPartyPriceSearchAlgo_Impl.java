package com.northwind.ormb.ext.pricing.algo;

import java.util.Map;
import java.util.logging.Logger;

import com.northwind.ormb.ext.common.NwConstants;
import com.splwg.base.api.algorithms.AbstractAlgorithmComponent;
import com.splwg.base.api.datatypes.Bool;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.domain.customerinfo.account.Account;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;
import com.splwg.ccb.domain.pricing.priceassign.PriceAssignmentSearchAlgorithmSpot;
import com.splwg.ccb.domain.pricing.priceassign.PriceAssignment_Id;
import com.splwg.ccb.domain.pricing.priceitem.PriceItem;

/**
 * Price Assignment Search (I&C): industrial and commercial customers have negotiated prices on
 * the account itself. The search returns the active (ACTV) party assignment (PRTY) of the price
 * item owned by the account's party (PARTY_TYPE_FLG ACCT) that is effective on the pricing date;
 * when there is none, nothing is found.
 *
 * Parameters: none.
 */
public class NwAccountPartyPriceSearchAlgo_Impl extends AbstractAlgorithmComponent
        implements PriceAssignmentSearchAlgorithmSpot {

    private static final Logger LOG = Logger.getLogger(NwAccountPartyPriceSearchAlgo_Impl.class.getName());

    private PriceItem priceItem;
    private Account account;
    private Date pricingDate;
    private PriceAssignment_Id priceAssignmentId;

    @Override
    public void invoke() {
        if (account == null || priceItem == null) {
            return;
        }
        Date onDate = pricingDate != null ? pricingDate : getProcessDateTime().getDate();
        PreparedStatement ps = createPreparedStatement("""
                SELECT PA.PRICE_ASGN_ID
                  FROM CI_PARTY P, CI_PRICEASGN PA
                 WHERE P.PARTY_ID = :acctId
                   AND P.PARTY_TYPE_FLG = :partyType
                   AND PA.OWNER_ID = P.PARTY_UID
                   AND PA.PA_OWNER_TYPE_FLG = :ownerType
                   AND PA.PRICEITEM_CD = :priceItem
                   AND PA.PRICE_STATUS_FLAG = :active
                   AND PA.START_DT <= :onDate
                   AND (PA.END_DT IS NULL OR PA.END_DT >= :onDate)
                 ORDER BY PA.START_DT DESC
                """, "NwAccountPartyPriceSearchAlgo - customer price of the account");
        try {
            ps.bindString("acctId", account.getId().getIdValue(), "PARTY_ID");
            ps.bindString("partyType", NwConstants.PARTY_ACCOUNT, "PARTY_TYPE_FLG");
            ps.bindString("ownerType", NwConstants.OWNER_PARTY, "PA_OWNER_TYPE_FLG");
            ps.bindString("priceItem", priceItem.getId().getIdValue(), "PRICEITEM_CD");
            ps.bindString("active", NwConstants.PRICE_ACTIVE, "PRICE_STATUS_FLAG");
            ps.bindDate("onDate", onDate);
            for (SQLResultRow row : ps.list()) {
                priceAssignmentId = new PriceAssignment_Id(row.getString("PRICE_ASGN_ID").trim());
                break;
            }
        } finally {
            ps.close();
        }
        LOG.fine(() -> "Customer price of account " + account.getId().getTrimmedValue() + ": " + priceAssignmentId);
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
        return Bool.valueOf(priceAssignmentId != null);
    }

    @Override
    public PriceAssignment_Id getPriceAssignmentId() {
        return priceAssignmentId;
    }
}
