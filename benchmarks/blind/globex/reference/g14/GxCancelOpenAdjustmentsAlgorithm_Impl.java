package com.globex.cm.contracts.algorithm;

import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.api.lookup.AdjustmentStatusLookup;
import com.splwg.ccb.domain.adjustment.adjustment.Adjustment;
import com.splwg.ccb.domain.adjustment.adjustment.Adjustment_DTO;
import com.splwg.ccb.domain.admin.serviceAgreementType.SaTypeSaCancelAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;

/**
 * Globex Telecom - SA Cancel: adjustments of the canceled contract that were never frozen
 * (incomplete or freezable) are canceled as well; frozen ones stay.
 *
 * @author Globex ORMB team
 *
@AlgorithmComponent ()
 */
public class GxCancelOpenAdjustmentsAlgorithm_Impl extends GxCancelOpenAdjustmentsAlgorithm_Gen
        implements SaTypeSaCancelAlgorithmSpot {

    private ServiceAgreement serviceAgreement;

    @Override
    public void invoke() {
        PreparedStatement ps = createPreparedStatement(
                "SELECT ADJ_ID FROM CI_ADJ WHERE SA_ID = :saId AND ADJ_STATUS_FLG IN (:incomplete, :freezable)",
                "GxCancelOpenAdjustments - open adjustments");
        try {
            ps.bindId("saId", serviceAgreement.getId());
            ps.bindLookup("incomplete", AdjustmentStatusLookup.constants.INCOMPLETE);
            ps.bindLookup("freezable", AdjustmentStatusLookup.constants.FREEZABLE);
            for (SQLResultRow row : ps.list()) {
                Adjustment adj = row.getEntity("ADJ_ID", Adjustment.class);
                Adjustment_DTO dto = adj.getDTO();
                dto.setAdjustmentStatus(AdjustmentStatusLookup.constants.CANCELED);
                adj.setDTO(dto);
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
