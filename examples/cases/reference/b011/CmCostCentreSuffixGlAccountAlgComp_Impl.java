package com.splwg.cm.domain.accounting.algorithm;

import java.math.BigInteger;

import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.domain.admin.generalLedgerDistributionCode.GeneralLedgerDistributionCode;
import com.splwg.ccb.domain.admin.generalLedgerDistributionCode.GeneralLedgerDistributionCodeGlAccountConstructionAlgorithmSpot;
import com.splwg.ccb.domain.financial.financialTransaction.FinancialTransaction;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Builds the GL account of a GL line as the distribution code's GL account followed by a dot and
 * the cost centre of the financial transaction's contract (contract characteristic in effect on
 * the accounting date). Contracts without a cost centre book to the plain distribution code
 * account.
 *
 * Plugged on the Distribution Code, GL Account Construction event.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (entityName = characteristicType, name = costCentreCharType, required = true, type = entity)})
 */
public class CmCostCentreSuffixGlAccountAlgComp_Impl extends CmCostCentreSuffixGlAccountAlgComp_Gen
        implements GeneralLedgerDistributionCodeGlAccountConstructionAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmCostCentreSuffixGlAccountAlgComp_Impl.class);

    private static final String DIST_CODE_SQL = "SELECT GL_ACCT FROM CI_DST_CODE WHERE DST_ID = :dstId";

    private static final String COST_CENTRE_SQL = """
            SELECT SC.CHAR_VAL
              FROM CI_FT FT, CI_SA_CHAR SC
             WHERE FT.FT_ID = :ftId
               AND SC.SA_ID = FT.SA_ID
               AND SC.CHAR_TYPE_CD = :charType
               AND SC.EFFDT <= :asOf
             ORDER BY SC.EFFDT DESC
            """;

    private FinancialTransaction financialTransaction;
    private GeneralLedgerDistributionCode distributionCode;
    private BigInteger glSequenceNumber;
    private String glAccount;

    @Override
    public void invoke() {
        String baseAccount = "";
        PreparedStatement dst = createPreparedStatement(DIST_CODE_SQL, "CmCostCentreSuffixGlAccount - distribution code");
        try {
            dst.bindId("dstId", distributionCode.getId());
            SQLResultRow row = dst.firstRow();
            if (notNull(row) && notBlank(row.getString("GL_ACCT"))) {
                baseAccount = row.getString("GL_ACCT").trim();
            }
        } finally {
            dst.close();
        }

        Date asOf = notNull(financialTransaction.getAccountingDate())
                ? financialTransaction.getAccountingDate() : getProcessDateTime().getDate();
        String costCentre = null;
        PreparedStatement cc = createPreparedStatement(COST_CENTRE_SQL, "CmCostCentreSuffixGlAccount - contract cost centre");
        try {
            cc.bindId("ftId", financialTransaction.getId());
            cc.bindEntity("charType", getCostCentreCharType());
            cc.bindDate("asOf", asOf);
            SQLResultRow row = cc.firstRow();
            if (notNull(row) && notBlank(row.getString("CHAR_VAL"))) {
                costCentre = row.getString("CHAR_VAL").trim();
            }
        } finally {
            cc.close();
        }

        glAccount = isBlankOrNull(costCentre) ? baseAccount : baseAccount + "." + costCentre;
        logger.debug("FT " + financialTransaction.getId().getTrimmedValue() + " line " + glSequenceNumber + " -> " + glAccount);
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
        this.glSequenceNumber = glSequenceNumber;
    }

    @Override
    public String getGlAccount() {
        return glAccount;
    }
}
