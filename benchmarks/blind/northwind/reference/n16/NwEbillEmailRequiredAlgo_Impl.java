package com.northwind.ormb.ext.accounts.algo;

import java.util.logging.Logger;

import com.northwind.ormb.ext.common.NwMessages;
import com.splwg.base.api.algorithms.AbstractAlgorithmComponent;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.domain.admin.serviceAgreementType.SaTypeSaActivationAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;

/**
 * SA Type - SA Activation (online-only tariffs NWELEC-E, NWGAS-E): the bill of these contracts is
 * only sent by e-mail, so the contract may not activate while the account holder (main customer)
 * has no e-mail address; the contract stays pending start.
 *
 * Parameters: none.
 */
public class NwEbillEmailRequiredAlgo_Impl extends AbstractAlgorithmComponent
        implements SaTypeSaActivationAlgorithmSpot {

    private static final Logger LOG = Logger.getLogger(NwEbillEmailRequiredAlgo_Impl.class.getName());

    /** Contract %1 cannot be activated: account holder %2 of account %3 has no e-mail address (CI_MSG 93100/504). */
    private static final int EBILL_EMAIL_MISSING = 504;

    private ServiceAgreement serviceAgreement;

    @Override
    public void invoke() {
        String acctId = serviceAgreement.getAccount().getId().getIdValue();
        String perId = null;
        String email = null;
        PreparedStatement ps = createPreparedStatement("""
                SELECT P.PER_ID, P.EMAILID
                  FROM CI_ACCT_PER AP, CI_PER P
                 WHERE AP.ACCT_ID = :acctId
                   AND AP.MAIN_CUST_SW = 'Y'
                   AND P.PER_ID = AP.PER_ID
                """, "NwEbillEmailRequiredAlgo - e-mail of the main customer");
        try {
            ps.bindString("acctId", acctId, "ACCT_ID");
            for (SQLResultRow row : ps.list()) {
                perId = row.getString("PER_ID");
                email = row.getString("EMAILID");
            }
        } finally {
            ps.close();
        }
        if (isBlankOrNull(email)) {
            String holder = perId == null ? "" : perId.trim();
            LOG.info(() -> "Contract " + serviceAgreement.getId().getTrimmedValue() + " not activated, no e-mail");
            addError(NwMessages.of(EBILL_EMAIL_MISSING, serviceAgreement.getId().getTrimmedValue(), holder, acctId.trim()));
        }
    }

    @Override
    public void setServiceAgreement(ServiceAgreement serviceAgreement) {
        this.serviceAgreement = serviceAgreement;
    }
}
