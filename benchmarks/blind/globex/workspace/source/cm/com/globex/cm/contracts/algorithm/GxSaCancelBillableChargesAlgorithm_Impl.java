package com.globex.cm.contracts.algorithm;

import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.api.lookup.BillableChargeStatusLookup;
import com.splwg.ccb.domain.admin.serviceAgreementType.SaTypeSaCancelAlgorithmSpot;
import com.splwg.ccb.domain.billing.billableCharge.BillableCharge;
import com.splwg.ccb.domain.billing.billableCharge.BillableCharge_DTO;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Globex Telecom - SA Cancel: cancels the billable charges of a canceled contract that were never
 * billed (no bill segment calculation references them), e.g. the device instalments of an order
 * withdrawn within the cooling-off period.
 *
 * @author Globex ORMB team (A. Brandt)
 *
@AlgorithmComponent ()
 */
public class GxSaCancelBillableChargesAlgorithm_Impl extends GxSaCancelBillableChargesAlgorithm_Gen
        implements SaTypeSaCancelAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(GxSaCancelBillableChargesAlgorithm_Impl.class);

    private ServiceAgreement serviceAgreement;

    @Override
    public void invoke() {
        PreparedStatement ps = createPreparedStatement(
                "SELECT BC.BILLABLE_CHG_ID FROM CI_BILL_CHG BC WHERE BC.SA_ID = :saId "
                        + "AND BC.BILLABLE_CHG_STAT = :billable "
                        + "AND NOT EXISTS (SELECT 1 FROM CI_BSEG_CALC C WHERE C.BILLABLE_CHG_ID = BC.BILLABLE_CHG_ID)",
                "GxSaCancelBillableCharges - unbilled charges");
        try {
            ps.bindId("saId", serviceAgreement.getId());
            ps.bindLookup("billable", BillableChargeStatusLookup.constants.BILLABLE);
            for (SQLResultRow row : ps.list()) {
                BillableCharge charge = row.getEntity("BILLABLE_CHG_ID", BillableCharge.class);
                BillableCharge_DTO dto = charge.getDTO();
                dto.setBillableChargeStatus(BillableChargeStatusLookup.constants.CANCELED);
                charge.setDTO(dto);
                logger.debug("Canceled billable charge " + charge.getId().getTrimmedValue());
            }
        } finally {
            ps.close();
        }
    }

    @Override
    public void setServiceAgreement(ServiceAgreement serviceAgreement) {
        this.serviceAgreement = serviceAgreement;
    }
}
