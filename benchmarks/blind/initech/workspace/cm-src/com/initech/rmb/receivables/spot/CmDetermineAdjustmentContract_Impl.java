package com.initech.rmb.receivables.spot;

import java.math.BigDecimal;

import com.initech.rmb.common.InitechAlgorithm;
import com.initech.rmb.common.SoftParams;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.domain.admin.adjustmentType.AdjustmentType;
import com.splwg.ccb.domain.admin.adjustmentType.AdjustmentTypeDetermineSAAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.account.Account;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement_Id;

/**
 * Adjustment Type - Determine SA (CM-ADJSA). Uploaded receivable corrections name the counterparty
 * account only; book them on the account's receivable contract (SA type from the parameter) that
 * was active on the adjustment date, the most recently started one first.
 */
@SoftParams({"receivableContractType:string"})
public class CmDetermineAdjustmentContract_Impl extends InitechAlgorithm implements AdjustmentTypeDetermineSAAlgorithmSpot {

    private static final String SQL_CONTRACT =
            "SELECT SA_ID FROM CI_SA "
            + "WHERE ACCT_ID = :acctId AND SA_TYPE_CD = :saType "
            + "AND START_DT <= :adjDate AND (END_DT IS NULL OR END_DT >= :adjDate) "
            + "ORDER BY START_DT DESC";

    private Account account;
    private Date adjustmentDate;
    private ServiceAgreement result;

    @Override
    public void invoke() {
        PreparedStatement ps = sql(SQL_CONTRACT);
        try {
            ps.bindId("acctId", account.getId());
            ps.bindString("saType", param("receivableContractType"), "SA_TYPE_CD");
            ps.bindDate("adjDate", adjustmentDate);
            SQLResultRow row = ps.firstRow();
            result = row == null ? null : new ServiceAgreement_Id(row.getString("SA_ID")).getEntity();
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
        this.adjustmentDate = adjustmentDate;
    }

    @Override
    public void setExternalReferenceId(String externalReferenceId) {
    }

    @Override
    public ServiceAgreement getServiceAgreement() {
        return result;
    }
}
