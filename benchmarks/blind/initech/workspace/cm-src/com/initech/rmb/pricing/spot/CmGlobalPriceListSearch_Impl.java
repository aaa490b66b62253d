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
 * Price Assignment Search (CM-GLBPRC). Standard tariff: the active assignment of the price item on
 * the global price list (CI_PRICELIST.PL_GLOBAL_SW = 'Y') valid on the pricing date.
 */
@SoftParams({})
public class CmGlobalPriceListSearch_Impl extends InitechAlgorithm implements PriceAssignmentSearchAlgorithmSpot {

    private static final String SQL_GLOBAL_PRICE =
            "SELECT PA.PRICE_ASGN_ID FROM CI_PRICEASGN PA, CI_PRICELIST PL "
            + "WHERE PA.PRICEITEM_CD = :priceItem "
            + "AND PA.PA_OWNER_TYPE_FLG = 'PLST' AND PA.OWNER_ID = PL.PRICELIST_ID AND PL.PL_GLOBAL_SW = 'Y' "
            + "AND PA.PRICE_STATUS_FLAG = 'ACTV' "
            + "AND PA.START_DT <= :pricingDate AND (PA.END_DT IS NULL OR PA.END_DT >= :pricingDate) "
            + "ORDER BY PA.START_DT DESC";

    private PriceItem priceItem;
    private Date pricingDate;
    private PriceAssignment_Id priceAssignmentId;

    @Override
    public void invoke() {
        PreparedStatement ps = sql(SQL_GLOBAL_PRICE);
        try {
            ps.bindId("priceItem", priceItem.getId());
            ps.bindDate("pricingDate", pricingDate);
            SQLResultRow row = ps.firstRow();
            priceAssignmentId = row == null ? null : new PriceAssignment_Id(row.getString("PRICE_ASGN_ID").trim());
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
