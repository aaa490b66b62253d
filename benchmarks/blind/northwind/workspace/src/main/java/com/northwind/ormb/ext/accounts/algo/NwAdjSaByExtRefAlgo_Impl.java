package com.northwind.ormb.ext.accounts.algo;

import java.math.BigDecimal;
import java.util.logging.Logger;

import com.northwind.ormb.ext.common.NwMessages;
import com.splwg.base.api.algorithms.AbstractAlgorithmComponent;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.domain.admin.adjustmentType.AdjustmentType;
import com.splwg.ccb.domain.admin.adjustmentType.AdjustmentTypeDetermineSAAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.account.Account;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement_Id;

/**
 * Adjustment Type - Determine SA (goodwill credits uploaded from the complaints system): the
 * upload record's external reference is the complaint system's contract reference, held on the
 * contract as an ad hoc characteristic. The contract of the account carrying that reference gets
 * the adjustment; no match is an error so the upload record goes to the exception queue.
 *
 * Parameters:
 *   1 contractRefCharType (characteristic type, required) - contract reference characteristic
 */
public class NwAdjSaByExtRefAlgo_Impl extends AbstractAlgorithmComponent
        implements AdjustmentTypeDetermineSAAlgorithmSpot {

    private static final Logger LOG = Logger.getLogger(NwAdjSaByExtRefAlgo_Impl.class.getName());

    private Account account;
    private String externalReferenceId;
    private ServiceAgreement serviceAgreement;

    @Override
    public void invoke() {
        String refCharType = getStringSoftParameter("contractRefCharType");
        PreparedStatement ps = createPreparedStatement("""
                SELECT SA.SA_ID
                  FROM CI_SA SA, CI_SA_CHAR C
                 WHERE SA.ACCT_ID = :acctId
                   AND C.SA_ID = SA.SA_ID
                   AND C.CHAR_TYPE_CD = :charType
                   AND C.ADHOC_CHAR_VAL = :extRef
                """, "NwAdjSaByExtRefAlgo - contract by complaint reference");
        try {
            ps.bindString("acctId", account.getId().getIdValue(), "ACCT_ID");
            ps.bindString("charType", refCharType, "CHAR_TYPE_CD");
            ps.bindString("extRef", externalReferenceId == null ? "" : externalReferenceId.trim(), "ADHOC_CHAR_VAL");
            for (SQLResultRow row : ps.list()) {
                serviceAgreement = new ServiceAgreement_Id(row.getString("SA_ID")).getEntity();
                break;
            }
        } finally {
            ps.close();
        }
        if (serviceAgreement == null) {
            addError(NwMessages.of(NwMessages.NO_CONTRACT_FOR_REFERENCE, account.getId().getTrimmedValue(),
                    externalReferenceId));
        }
        LOG.fine(() -> "Adjustment goes to contract " + serviceAgreement.getId().getTrimmedValue());
    }

    @Override
    public void setAccount(Account account) {
        this.account = account;
    }

    @Override
    public void setAdjustmentType(AdjustmentType adjustmentType) {
    }

    @Override
    public void setAdjustmentAmount(BigDecimal adjustmentAmount) {
    }

    @Override
    public void setAdjustmentDate(Date adjustmentDate) {
    }

    @Override
    public void setExternalReferenceId(String externalReferenceId) {
        this.externalReferenceId = externalReferenceId;
    }

    @Override
    public ServiceAgreement getServiceAgreement() {
        return serviceAgreement;
    }
}
