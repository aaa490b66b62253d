package com.initech.rmb.gl.spot;

import java.math.BigInteger;

import com.initech.rmb.common.InitechAlgorithm;
import com.initech.rmb.common.SoftParams;
import com.splwg.base.domain.common.characteristicType.CharacteristicType_Id;
import com.splwg.ccb.domain.admin.generalLedgerDistributionCode.GeneralLedgerDistributionCode;
import com.splwg.ccb.domain.admin.generalLedgerDistributionCode.GeneralLedgerDistributionCodeGlAccountConstructionAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreementCharacteristic;
import com.splwg.ccb.domain.financial.financialTransaction.FinancialTransaction;

/**
 * GL Distribution Code - GL Account Construction (CM-GLCC). The cost centre segment (placeholder
 * CCCC of the distribution code's account) comes from the contract's cost centre characteristic;
 * without one the distribution code account is used unchanged.
 */
@SoftParams({"costCentreCharType:entity"})
public class CmGlCostCentreSegment_Impl extends InitechAlgorithm
        implements GeneralLedgerDistributionCodeGlAccountConstructionAlgorithmSpot {

    private static final String COST_CENTRE_PLACEHOLDER = "CCCC";

    private FinancialTransaction financialTransaction;
    private GeneralLedgerDistributionCode distributionCode;
    private String glAccount;

    @Override
    public void invoke() {
        String template = distributionCode.getGlAccount() == null ? null : distributionCode.getGlAccount().trim();
        glAccount = template;
        if (template == null) {
            return;
        }
        ServiceAgreementCharacteristic costCentre = financialTransaction.getServiceAgreement().getEffectiveCharacteristic(
                new CharacteristicType_Id(param("costCentreCharType")).getEntity());
        if (costCentre != null && notBlank(costCentre.getCharacteristicValue())) {
            glAccount = template.replace(COST_CENTRE_PLACEHOLDER, costCentre.getCharacteristicValue().trim());
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
    }

    @Override
    public String getGlAccount() {
        return glAccount;
    }
}
