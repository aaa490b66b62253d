package com.northwind.ormb.ext.accounts.algo;

import java.math.BigDecimal;
import java.util.logging.Logger;

import com.northwind.ormb.ext.common.NwConstants;
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
 * Adjustment Type - Determine SA (meter exchange fees uploaded from the field force system):
 * the fee goes on the account's active contract of the configured SA type; when the account has
 * several (e.g. after a change of tariff) the one that started last. No active contract of the
 * type means no contract - the upload record goes into error.
 *
 * Parameters:
 *   1 saType (string, required) - SA type code of the contract that receives the adjustment
 */
public class NwAdjSaLatestOfTypeAlgo_Impl extends AbstractAlgorithmComponent
        implements AdjustmentTypeDetermineSAAlgorithmSpot {

    private static final Logger LOG = Logger.getLogger(NwAdjSaLatestOfTypeAlgo_Impl.class.getName());

    private Account account;
    private ServiceAgreement serviceAgreement;

    @Override
    public void invoke() {
        String saType = getStringSoftParameter("saType");
        PreparedStatement ps = createPreparedStatement("""
                SELECT SA_ID
                  FROM CI_SA
                 WHERE ACCT_ID = :acctId
                   AND SA_TYPE_CD = :saType
                   AND SA_STATUS_FLG = :active
                 ORDER BY START_DT DESC
                """, "NwAdjSaLatestOfTypeAlgo - latest active contract of the type");
        try {
            ps.bindString("acctId", account.getId().getIdValue(), "ACCT_ID");
            ps.bindString("saType", saType, "SA_TYPE_CD");
            ps.bindString("active", NwConstants.SA_ACTIVE, "SA_STATUS_FLG");
            for (SQLResultRow row : ps.list()) {
                serviceAgreement = new ServiceAgreement_Id(row.getString("SA_ID")).getEntity();
                break;
            }
        } finally {
            ps.close();
        }
        LOG.fine(() -> "Adjustment contract of account " + account.getId().getTrimmedValue() + ": "
                + (serviceAgreement == null ? "none" : serviceAgreement.getId().getTrimmedValue()));
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
    }

    @Override
    public ServiceAgreement getServiceAgreement() {
        return serviceAgreement;
    }
}
