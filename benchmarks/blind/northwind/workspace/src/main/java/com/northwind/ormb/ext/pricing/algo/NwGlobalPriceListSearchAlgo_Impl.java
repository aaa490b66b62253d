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
 * Price Assignment Search (domestic tariffs): domestic customers are all on the standard
 * variable tariff, so the search goes straight to the global price list (PL_GLOBAL_SW = Y) and
 * returns its active assignment of the price item effective on the pricing date. Customer-level
 * prices are not used for RESI.
 *
 * Parameters: none.
 */
public class NwGlobalPriceListSearchAlgo_Impl extends AbstractAlgorithmComponent
        implements PriceAssignmentSearchAlgorithmSpot {

    private static final Logger LOG = Logger.getLogger(NwGlobalPriceListSearchAlgo_Impl.class.getName());

    private PriceItem priceItem;
    private Date pricingDate;
    private PriceAssignment_Id priceAssignmentId;

    @Override
    public void invoke() {
        PreparedStatement ps = createPreparedStatement("""
                SELECT PA.PRICE_ASGN_ID
                  FROM CI_PRICEASGN PA, CI_PRICELIST PL
                 WHERE PL.PL_GLOBAL_SW = 'Y'
                   AND PA.OWNER_ID = PL.PRICELIST_ID
                   AND PA.PA_OWNER_TYPE_FLG = :ownerType
                   AND PA.PRICEITEM_CD = :priceItem
                   AND PA.PRICE_STATUS_FLAG = :status
                   AND PA.START_DT <= :pricingDate
                   AND (PA.END_DT IS NULL OR PA.END_DT >= :pricingDate)
                 ORDER BY PA.START_DT DESC
                """, "NwGlobalPriceListSearchAlgo - global tariff price");
        try {
            ps.bindString("ownerType", NwConstants.OWNER_PRICE_LIST, "PA_OWNER_TYPE_FLG");
            ps.bindString("priceItem", priceItem.getId().getIdValue(), "PRICEITEM_CD");
            ps.bindString("status", NwConstants.PRICE_ACTIVE, "PRICE_STATUS_FLAG");
            ps.bindDate("pricingDate", pricingDate);
            for (SQLResultRow row : ps.list()) {
                priceAssignmentId = new PriceAssignment_Id(row.getString("PRICE_ASGN_ID"));
                break;
            }
        } finally {
            ps.close();
        }
        LOG.fine(() -> "Global price for " + priceItem.getId().getTrimmedValue() + ": " + priceAssignmentId);
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
