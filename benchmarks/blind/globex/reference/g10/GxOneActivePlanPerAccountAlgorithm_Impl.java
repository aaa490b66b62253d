package com.globex.cm.contracts.algorithm;

import com.globex.cm.common.messages.GxMessageRepository;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.domain.admin.serviceAgreementType.SaTypeSaActivationAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;

/**
 * Globex Telecom - SA Activation: an account may only have one active contract of a given SA
 * type (one mobile plan per account); activation is refused otherwise.
 *
 * @author Globex ORMB team
 *
@AlgorithmComponent ()
 */
public class GxOneActivePlanPerAccountAlgorithm_Impl extends GxOneActivePlanPerAccountAlgorithm_Gen
        implements SaTypeSaActivationAlgorithmSpot {

    private ServiceAgreement serviceAgreement;

    @Override
    public void invoke() {
        PreparedStatement ps = createPreparedStatement(
                "SELECT OTH.SA_ID, OTH.SA_TYPE_CD FROM CI_SA OTH, CI_SA SA1 "
                        + "WHERE SA1.SA_ID = :saId AND OTH.ACCT_ID = SA1.ACCT_ID AND OTH.SA_ID <> SA1.SA_ID "
                        + "AND OTH.SA_TYPE_CD = SA1.SA_TYPE_CD AND OTH.CIS_DIVISION = SA1.CIS_DIVISION "
                        + "AND OTH.SA_STATUS_FLG = '20'",
                "GxOneActivePlanPerAccount - other active contract of same type");
        SQLResultRow other;
        try {
            ps.bindId("saId", serviceAgreement.getId());
            other = ps.firstRow();
        } finally {
            ps.close();
        }
        if (other != null) {
            addError(GxMessageRepository.duplicateActiveContract(serviceAgreement.getAccount().getId().getTrimmedValue(),
                    other.getString("SA_ID").trim(), other.getString("SA_TYPE_CD").trim()));
        }
    }

    @Override
    public void setServiceAgreement(ServiceAgreement serviceAgreement) {
        this.serviceAgreement = serviceAgreement;
    }
}
