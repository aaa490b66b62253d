package com.splwg.cm.domain.adjustment.algorithm;

import java.math.BigDecimal;

import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.api.lookup.ServiceAgreementStatusLookup;
import com.splwg.ccb.domain.admin.adjustmentType.AdjustmentType;
import com.splwg.ccb.domain.admin.adjustmentType.AdjustmentTypeDetermineSAAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.account.Account;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement_Id;

/**
 * Chooses the contract of an uploaded adjustment that names only the account: the account's
 * active contract of the configured SA type; when there are several, the one that started last.
 * No contract is returned when the account has none (the upload record then goes into error).
 *
 * Plugged on the Adjustment Type, Determine SA event of the deposit refund adjustment types.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = contractType, required = true, type = string)})
 */
public class CmDepositContractForUploadAlgComp_Impl extends CmDepositContractForUploadAlgComp_Gen
        implements AdjustmentTypeDetermineSAAlgorithmSpot {

    private static final String LATEST_CONTRACT_SQL = """
            SELECT SA_ID
              FROM CI_SA
             WHERE ACCT_ID = :acctId
               AND SA_TYPE_CD = :saType
               AND SA_STATUS_FLG = :active
             ORDER BY START_DT DESC, SA_ID DESC
            """;

    private Account account;
    private ServiceAgreement serviceAgreement;

    @Override
    public void invoke() {
        serviceAgreement = null;
        PreparedStatement ps = createPreparedStatement(LATEST_CONTRACT_SQL, "CmDepositContractForUpload - latest active contract");
        try {
            ps.bindId("acctId", account.getId());
            ps.bindString("saType", getContractType().trim(), "SA_TYPE_CD");
            ps.bindLookup("active", ServiceAgreementStatusLookup.constants.ACTIVE);
            SQLResultRow row = ps.firstRow();
            if (notNull(row)) {
                serviceAgreement = new ServiceAgreement_Id(row.getString("SA_ID").trim()).getEntity();
            }
        } finally {
            ps.close();
        }
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
