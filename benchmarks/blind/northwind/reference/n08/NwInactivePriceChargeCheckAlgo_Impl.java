package com.northwind.ormb.ext.pricing.algo;

import java.util.logging.Logger;

import com.northwind.ormb.ext.common.NwConstants;
import com.northwind.ormb.ext.common.NwMessages;
import com.splwg.base.api.algorithms.AbstractAlgorithmComponent;
import com.splwg.base.api.datatypes.Bool;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.domain.admin.billCycle.BillCycle;
import com.splwg.ccb.domain.admin.serviceAgreementType.SaTypePreBillCompletionAlgorithmSpot;
import com.splwg.ccb.domain.admin.serviceAgreementType.ServiceAgreementType;
import com.splwg.ccb.domain.billing.bill.Bill;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;

/**
 * SA Type - Pre-Bill Completion (I&C supply): no bill goes out with charges priced on a price
 * that was never approved. The billable charges of the contract that fall in the bill period are
 * checked; a charge whose price assignment is not active (pending approval, rejected) stops the
 * bill.
 *
 * Parameters: none.
 */
public class NwInactivePriceChargeCheckAlgo_Impl extends AbstractAlgorithmComponent
        implements SaTypePreBillCompletionAlgorithmSpot {

    private static final Logger LOG = Logger.getLogger(NwInactivePriceChargeCheckAlgo_Impl.class.getName());

    private ServiceAgreement serviceAgreement;
    private Date startDate;
    private Date endDate;

    @Override
    public void invoke() {
        String saId = serviceAgreement.getId().getIdValue();
        PreparedStatement ps = createPreparedStatement("""
                SELECT BC.BILLABLE_CHG_ID, PA.PRICE_ASGN_ID, PA.PRICE_STATUS_FLAG
                  FROM CI_BILL_CHG BC, CI_PRICEASGN PA
                 WHERE BC.SA_ID = :saId
                   AND BC.BILLABLE_CHG_STAT = :billable
                   AND BC.START_DT <= :endDate
                   AND BC.END_DT >= :startDate
                   AND PA.PRICE_ASGN_ID = BC.PRICE_ASGN_ID
                   AND PA.PRICE_STATUS_FLAG <> :active
                """, "NwInactivePriceChargeCheckAlgo - charges priced on inactive prices");
        try {
            ps.bindString("saId", saId, "SA_ID");
            ps.bindString("billable", NwConstants.BCHG_BILLABLE, "BILLABLE_CHG_STAT");
            ps.bindDate("startDate", startDate);
            ps.bindDate("endDate", endDate);
            ps.bindString("active", NwConstants.PRICE_ACTIVE, "PRICE_STATUS_FLAG");
            for (SQLResultRow row : ps.list()) {
                String priceAsgnId = row.getString("PRICE_ASGN_ID").trim();
                LOG.info(() -> "Charge " + row.getString("BILLABLE_CHG_ID").trim() + " priced on inactive price " + priceAsgnId);
                addError(NwMessages.of(NwMessages.PRICE_ASSIGNMENT_NOT_ACTIVE, priceAsgnId, saId.trim()));
            }
        } finally {
            ps.close();
        }
    }

    @Override
    public void setBill(Bill bill) {
    }

    @Override
    public void setBillCycle(BillCycle billCycle) {
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
    public void setServiceAgreement(ServiceAgreement serviceAgreement) {
        this.serviceAgreement = serviceAgreement;
    }

    @Override
    public void setServiceAgreementType(ServiceAgreementType serviceAgreementType) {
    }

    @Override
    public Bool getShouldSkipRemainingAlgorithms() {
        return Bool.FALSE;
    }
}
