package com.splwg.cm.domain.customer.algorithm;

import java.math.BigInteger;

import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.api.lookup.ServiceAgreementStatusLookup;
import com.splwg.ccb.domain.admin.serviceAgreementType.SaTypeSaActivationAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;
import com.splwg.cm.domain.common.messageRepository.CmMessageRepository;

/**
 * An account may hold only one active contract of a contract type: activating a second one is
 * rejected and the contract stays pending.
 *
 * Plugged on the SA Type, SA Activation event.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent ()
 */
public class CmOneActiveContractPerTypeAlgComp_Impl extends CmOneActiveContractPerTypeAlgComp_Gen
        implements SaTypeSaActivationAlgorithmSpot {

    private static final String OTHER_ACTIVE_SQL = """
            SELECT COUNT(*) AS OTHERS, MIN(OTHER.SA_ID) AS OTHER_SA_ID
              FROM CI_SA THIS_SA, CI_SA OTHER
             WHERE THIS_SA.SA_ID = :saId
               AND OTHER.ACCT_ID = THIS_SA.ACCT_ID
               AND OTHER.SA_TYPE_CD = THIS_SA.SA_TYPE_CD
               AND OTHER.SA_STATUS_FLG = :active
               AND OTHER.SA_ID <> THIS_SA.SA_ID
            """;

    private ServiceAgreement serviceAgreement;

    @Override
    public void invoke() {
        PreparedStatement ps = createPreparedStatement(OTHER_ACTIVE_SQL, "CmOneActiveContractPerType - other active contracts");
        try {
            ps.bindId("saId", serviceAgreement.getId());
            ps.bindLookup("active", ServiceAgreementStatusLookup.constants.ACTIVE);
            SQLResultRow row = ps.firstRow();
            BigInteger others = notNull(row) ? row.getInteger("OTHERS") : BigInteger.ZERO;
            if (notNull(others) && others.signum() > 0) {
                addError(CmMessageRepository.unexpectedError("SA activation", "account already has active contract "
                        + row.getString("OTHER_SA_ID").trim() + " of the same contract type"));
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
