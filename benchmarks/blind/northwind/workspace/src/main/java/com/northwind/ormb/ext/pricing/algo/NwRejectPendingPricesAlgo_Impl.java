package com.northwind.ormb.ext.pricing.algo;

import java.util.logging.Logger;

import com.northwind.ormb.ext.common.NwConstants;
import com.splwg.base.api.algorithms.AbstractAlgorithmComponent;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.ccb.domain.admin.serviceAgreementType.SaTypeSaCancelAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;

/**
 * SA Type - SA Cancel (NWELEC, NWGAS for I&C): a cancelled supply contract means the deal fell
 * through, so customer prices of the account that are still waiting for approval (PNDA) are
 * rejected (RJCT) and drop out of the pricing approval queue.
 *
 * Parameters: none.
 */
public class NwRejectPendingPricesAlgo_Impl extends AbstractAlgorithmComponent
        implements SaTypeSaCancelAlgorithmSpot {

    private static final Logger LOG = Logger.getLogger(NwRejectPendingPricesAlgo_Impl.class.getName());

    private ServiceAgreement serviceAgreement;

    @Override
    public void invoke() {
        String accountId = serviceAgreement.getAccount().getId().getIdValue();
        PreparedStatement ps = createPreparedStatement("""
                UPDATE CI_PRICEASGN
                   SET PRICE_STATUS_FLAG = :rejected,
                       VERSION = VERSION + 1
                 WHERE PRICE_STATUS_FLAG = :pending
                   AND PA_OWNER_TYPE_FLG = :ownerType
                   AND OWNER_ID IN (SELECT PARTY_UID
                                      FROM CI_PARTY
                                     WHERE PARTY_ID = :acctId
                                       AND PARTY_TYPE_FLG = :partyType)
                """, "NwRejectPendingPricesAlgo - reject pending customer prices");
        try {
            ps.bindString("rejected", NwConstants.PRICE_REJECTED, "PRICE_STATUS_FLAG");
            ps.bindString("pending", NwConstants.PRICE_PENDING_APPROVAL, "PRICE_STATUS_FLAG");
            ps.bindString("ownerType", NwConstants.OWNER_PARTY, "PA_OWNER_TYPE_FLG");
            ps.bindString("acctId", accountId, "PARTY_ID");
            ps.bindString("partyType", NwConstants.PARTY_ACCOUNT, "PARTY_TYPE_FLG");
            int rejected = ps.executeUpdate();
            LOG.info(() -> rejected + " pending prices of account " + accountId.trim() + " rejected");
        } finally {
            ps.close();
        }
    }

    @Override
    public void setServiceAgreement(ServiceAgreement serviceAgreement) {
        this.serviceAgreement = serviceAgreement;
    }
}
