package com.initech.rmb.gl.spot;

import java.math.BigInteger;

import com.initech.rmb.common.InitechAlgorithm;
import com.initech.rmb.common.SoftParams;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.domain.admin.generalLedgerDistributionCode.GeneralLedgerDistributionCode;
import com.splwg.ccb.domain.admin.generalLedgerDistributionCode.GeneralLedgerDistributionCodeGlAccountConstructionAlgorithmSpot;
import com.splwg.ccb.domain.financial.financialTransaction.FinancialTransaction;

/**
 * GL Distribution Code - GL Account Construction (CM-GLDIV). The ledger's company segment is the
 * CIS division of the financial transaction: the placeholder (default {@code DDDDD}) in the
 * distribution code's account is replaced with CI_FT.CIS_DIVISION.
 */
@SoftParams({"divisionPlaceholder:string"})
public class CmGlDivisionSegment_Impl extends InitechAlgorithm
        implements GeneralLedgerDistributionCodeGlAccountConstructionAlgorithmSpot {

    private static final String SQL_FT_DIVISION = "SELECT CIS_DIVISION FROM CI_FT WHERE FT_ID = :ftId";

    private FinancialTransaction financialTransaction;
    private GeneralLedgerDistributionCode distributionCode;
    private String glAccount;

    @Override
    public void invoke() {
        String placeholder = param("divisionPlaceholder");
        if (placeholder == null) {
            placeholder = "DDDDD";
        }
        String template = distributionCode.getGlAccount().trim();
        String division = null;
        PreparedStatement ps = sql(SQL_FT_DIVISION);
        try {
            ps.bindId("ftId", financialTransaction.getId());
            SQLResultRow row = ps.firstRow();
            if (row != null && notBlank(row.getString("CIS_DIVISION"))) {
                division = row.getString("CIS_DIVISION").trim();
            }
        } finally {
            ps.close();
        }
        glAccount = division == null ? template : template.replace(placeholder, division);
    }

    @Override
    public void setFinancialTransaction(FinancialTransaction financialTransaction) {
        this.financialTransaction = financialTransaction;
    }

    @Override
    public void setGeneralLedgerDistributionCode(GeneralLedgerDistributionCode generalLedgerDistributionCode) {
        this.distributionCode = generalLedgerDistributionCode;
    }

    @Override
    public void setGlSequenceNumber(BigInteger glSequenceNumber) {
    }

    @Override
    public String getGlAccount() {
        return glAccount;
    }
}
