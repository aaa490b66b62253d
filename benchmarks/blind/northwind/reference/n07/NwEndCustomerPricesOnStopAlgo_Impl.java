package com.northwind.ormb.ext.pricing.algo;

import java.util.logging.Logger;

import com.northwind.ormb.ext.common.NwConstants;
import com.splwg.base.api.algorithms.AbstractAlgorithmComponent;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.ccb.domain.admin.serviceAgreementType.SaTypeSaStopAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;

/**
 * SA Type - SA Stop (I&C supply): when the supply contract stops, the account's negotiated
 * prices must not run on. Open-ended party price assignments owned by the account's party are
 * end-dated on the stop date; assignments that already have an end date, price list prices and
 * other customers' prices are not touched.
 *
 * Parameters: none.
 */
public class NwEndCustomerPricesOnStopAlgo_Impl extends AbstractAlgorithmComponent
        implements SaTypeSaStopAlgorithmSpot {

    private static final Logger LOG = Logger.getLogger(NwEndCustomerPricesOnStopAlgo_Impl.class.getName());

    private ServiceAgreement serviceAgreement;
    private Date stopDate;

    @Override
    public void invoke() {
        Date endDate = stopDate != null ? stopDate : getProcessDateTime().getDate();
        String acctId = serviceAgreement.getAccount().getId().getIdValue();
        PreparedStatement ps = createPreparedStatement("""
                UPDATE CI_PRICEASGN
                   SET END_DT = :endDate,
                       VERSION = VERSION + 1
                 WHERE END_DT IS NULL
                   AND PA_OWNER_TYPE_FLG = :ownerType
                   AND OWNER_ID IN (SELECT PARTY_UID
                                      FROM CI_PARTY
                                     WHERE PARTY_ID = :acctId
                                       AND PARTY_TYPE_FLG = :partyType)
                """, "NwEndCustomerPricesOnStopAlgo - end-date customer prices");
        try {
            ps.bindDate("endDate", endDate);
            ps.bindString("ownerType", NwConstants.OWNER_PARTY, "PA_OWNER_TYPE_FLG");
            ps.bindString("acctId", acctId, "PARTY_ID");
            ps.bindString("partyType", NwConstants.PARTY_ACCOUNT, "PARTY_TYPE_FLG");
            int count = ps.executeUpdate();
            LOG.info(() -> count + " customer prices of account " + acctId.trim() + " end-dated " + endDate);
        } finally {
            ps.close();
        }
    }

    @Override
    public void setServiceAgreement(ServiceAgreement serviceAgreement) {
        this.serviceAgreement = serviceAgreement;
    }

    @Override
    public void setStopDate(Date stopDate) {
        this.stopDate = stopDate;
    }
}
