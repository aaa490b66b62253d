package com.splwg.cm.domain.accounting.algorithm;

import java.math.BigInteger;

import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.domain.admin.generalLedgerDistributionCode.GeneralLedgerDistributionCode;
import com.splwg.ccb.domain.admin.generalLedgerDistributionCode.GeneralLedgerDistributionCodeGlAccountConstructionAlgorithmSpot;
import com.splwg.ccb.domain.financial.financialTransaction.FinancialTransaction;
import com.splwg.cm.domain.common.messageRepository.CmMessageRepository;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Builds the GL account of a posting from the distribution code's template by filling in the
 * division and cost-centre segments. The cost centre comes from the contract characteristic
 * effective on the FT's accounting date, then from the account characteristic, then from the
 * default. Template example: {@code 4100-DIV-CCCC-000} becomes {@code 4100-US01-7710-000}.
 *
 * Plugged on the GL Distribution Code, GL Account Construction algorithm.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (entityName = characteristicType, name = costCentreCharType, required = true, type = entity)
 *            , @AlgorithmSoftParameter (name = defaultCostCentre, required = true, type = string)
 *            , @AlgorithmSoftParameter (name = costCentrePlaceholder, type = string)
 *            , @AlgorithmSoftParameter (name = divisionPlaceholder, type = string)})
 */
public class CmConstructCostCentreGlAccountAlgComp_Impl extends CmConstructCostCentreGlAccountAlgComp_Gen
        implements GeneralLedgerDistributionCodeGlAccountConstructionAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmConstructCostCentreGlAccountAlgComp_Impl.class);

    private static final String COST_CENTRE_SQL = """
            SELECT SA.CIS_DIVISION,
                   (SELECT SC.CHAR_VAL
                      FROM CI_SA_CHAR SC
                     WHERE SC.SA_ID = SA.SA_ID
                       AND SC.CHAR_TYPE_CD = :charType
                       AND SC.EFFDT = (SELECT MAX(SC2.EFFDT) FROM CI_SA_CHAR SC2
                                        WHERE SC2.SA_ID = SC.SA_ID
                                          AND SC2.CHAR_TYPE_CD = SC.CHAR_TYPE_CD
                                          AND SC2.EFFDT <= FT.ACCOUNTING_DT)) AS SA_COST_CENTRE,
                   (SELECT AC.CHAR_VAL
                      FROM CI_ACCT_CHAR AC
                     WHERE AC.ACCT_ID = SA.ACCT_ID
                       AND AC.CHAR_TYPE_CD = :charType
                       AND AC.EFFDT = (SELECT MAX(AC2.EFFDT) FROM CI_ACCT_CHAR AC2
                                        WHERE AC2.ACCT_ID = AC.ACCT_ID
                                          AND AC2.CHAR_TYPE_CD = AC.CHAR_TYPE_CD
                                          AND AC2.EFFDT <= FT.ACCOUNTING_DT)) AS ACCT_COST_CENTRE
              FROM CI_FT FT, CI_SA SA
             WHERE FT.FT_ID = :ftId
               AND SA.SA_ID = FT.SA_ID
            """;

    private FinancialTransaction financialTransaction;
    private GeneralLedgerDistributionCode distributionCode;
    private BigInteger glSequenceNumber;
    private String glAccount;

    @Override
    public void invoke() {
        String template = readTemplate();
        String division = null;
        String costCentre = null;

        PreparedStatement ps = createPreparedStatement(COST_CENTRE_SQL, "CmConstructCostCentreGlAccount - division and cost centre");
        try {
            ps.bindId("ftId", financialTransaction.getId());
            ps.bindEntity("charType", getCostCentreCharType());
            SQLResultRow row = ps.firstRow();
            if (notNull(row)) {
                division = row.getString("CIS_DIVISION").trim();
                if (notBlank(row.getString("SA_COST_CENTRE"))) {
                    costCentre = row.getString("SA_COST_CENTRE").trim();
                } else if (notBlank(row.getString("ACCT_COST_CENTRE"))) {
                    costCentre = row.getString("ACCT_COST_CENTRE").trim();
                }
            }
        } finally {
            ps.close();
        }
        if (isBlankOrNull(costCentre)) {
            costCentre = getDefaultCostCentre().trim();
        }
        String divisionToken = isBlankOrNull(getDivisionPlaceholder()) ? "DIV" : getDivisionPlaceholder().trim();
        if (template.contains(divisionToken) && isBlankOrNull(division)) {
            addError(CmMessageRepository.glAccountSegmentMissing(financialTransaction.getId().getTrimmedValue(),
                    distributionCode.getId().getTrimmedValue(), divisionToken));
        }

        String costCentreToken = isBlankOrNull(getCostCentrePlaceholder()) ? "CCCC" : getCostCentrePlaceholder().trim();
        glAccount = template.replace(costCentreToken, costCentre).replace(divisionToken, division == null ? "" : division);
        if (logger.isDebugEnabled()) {
            logger.debug("FT " + financialTransaction.getId().getTrimmedValue() + " GL line " + glSequenceNumber + " -> " + glAccount);
        }
    }

    private String readTemplate() {
        PreparedStatement ps = createPreparedStatement(
                "SELECT D.GL_ACCT FROM CI_DST_CODE D WHERE D.DST_ID = :dstId",
                "CmConstructCostCentreGlAccount - distribution code template");
        try {
            ps.bindId("dstId", distributionCode.getId());
            SQLResultRow row = ps.firstRow();
            return row == null ? "" : row.getString("GL_ACCT").trim();
        } finally {
            ps.close();
        }
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
