package com.initech.rmb.pricing.spot;

import java.util.Map;

import com.initech.rmb.common.InitechAlgorithm;
import com.initech.rmb.common.SoftParams;
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
 * Price Assignment Search (CM-PRTYPRC). Negotiated tariff of the counterparty: the active party
 * price assignment (owner = the account's party) of the price item valid on the pricing date.
 */
@SoftParams({})
public class CmCounterpartyTariffSearch_Impl extends InitechAlgorithm implements PriceAssignmentSearchAlgorithmSpot {

    private static final String SQL_PARTY_TARIFF =
            "SELECT PA.PRICE_ASGN_ID FROM CI_PARTY P, CI_PRICEASGN PA "
            + "WHERE P.PARTY_ID = :acctId AND P.PARTY_TYPE_FLG = 'ACCT' "
            + "AND PA.OWNER_ID = P.PARTY_UID AND PA.PA_OWNER_TYPE_FLG = 'PRTY' "
            + "AND PA.PRICEITEM_CD = :priceItem AND PA.PRICE_STATUS_FLAG = 'ACTV' "
            + "AND PA.START_DT <= :pricingDate AND (PA.END_DT IS NULL OR PA.END_DT >= :pricingDate) "
            + "ORDER BY PA.START_DT DESC";

    private PriceItem priceItem;
    private Account account;
    private Date pricingDate;
    private PriceAssignment_Id found;

    @Override
    public void invoke() {
        if (account == null || priceItem == null) {
            return;
        }
        Date asOf = pricingDate != null ? pricingDate : getProcessDateTime().getDate();
        PreparedStatement ps = sql(SQL_PARTY_TARIFF);
        try {
            ps.bindId("acctId", account.getId());
            ps.bindId("priceItem", priceItem.getId());
            ps.bindDate("pricingDate", asOf);
            SQLResultRow row = ps.firstRow();
            if (row != null) {
                found = new PriceAssignment_Id(row.getString("PRICE_ASGN_ID").trim());
            }
        } finally {
            ps.close();
        }
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
        return Bool.valueOf(found != null);
    }

    @Override
    public PriceAssignment_Id getPriceAssignmentId() {
        return found;
    }
}
