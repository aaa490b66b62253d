package com.splwg.cm.domain.customer.algorithm;

import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.ccb.api.lookup.BillableChargeStatusLookup;
import com.splwg.ccb.domain.admin.serviceAgreementType.SaTypeSaCancelAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * When a contract is cancelled its billable charges that never made it onto a bill segment are
 * cancelled too, so that they are not picked up by a later bill of the account. Charges that were
 * billed already are left as they are.
 *
 * Plugged on the SA Type, SA Cancellation event.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent ()
 */
public class CmCancelUnbilledChargesAlgComp_Impl extends CmCancelUnbilledChargesAlgComp_Gen
        implements SaTypeSaCancelAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmCancelUnbilledChargesAlgComp_Impl.class);

    private static final String CANCEL_UNBILLED_SQL = """
            UPDATE CI_BILL_CHG
               SET BILLABLE_CHG_STAT = :canceled
             WHERE SA_ID = :saId
               AND BILLABLE_CHG_STAT = :billable
               AND NOT EXISTS (SELECT 1 FROM CI_BSEG_CALC CALC
                                WHERE CALC.BILLABLE_CHG_ID = CI_BILL_CHG.BILLABLE_CHG_ID)
            """;

    private ServiceAgreement serviceAgreement;

    @Override
    public void invoke() {
        PreparedStatement ps = createPreparedStatement(CANCEL_UNBILLED_SQL, "CmCancelUnbilledCharges - cancel unbilled charges");
        try {
            ps.bindLookup("canceled", BillableChargeStatusLookup.constants.CANCELED);
            ps.bindId("saId", serviceAgreement.getId());
            ps.bindLookup("billable", BillableChargeStatusLookup.constants.BILLABLE);
            int count = ps.executeUpdate();
            logger.info(count + " unbilled charge(s) of contract " + serviceAgreement.getId().getTrimmedValue() + " cancelled");
        } finally {
            ps.close();
        }
    }

    @Override
    public void setServiceAgreement(ServiceAgreement serviceAgreement) {
        this.serviceAgreement = serviceAgreement;
    }
}
