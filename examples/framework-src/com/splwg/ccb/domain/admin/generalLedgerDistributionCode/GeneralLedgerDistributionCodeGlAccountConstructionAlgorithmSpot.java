package com.splwg.ccb.domain.admin.generalLedgerDistributionCode;

import java.math.BigInteger;

import com.splwg.base.api.algorithms.AlgorithmSpot;
import com.splwg.ccb.domain.financial.financialTransaction.FinancialTransaction;

/**
 * GL Distribution Code - GL Account Construction. The algorithm plugged in on a distribution code
 * builds the GL account string of each GL line ({@code CI_FT_GL.GL_ACCT}) that posts to that
 * distribution code, when the FT's GL details are created. Typical uses: replace segments of the
 * distribution code's account template with the contract's division, cost centre (a contract or
 * account characteristic) or product.
 *
 * <p>Input hard parameters: the financial transaction, the distribution code and the GL line's
 * sequence number. Output: the constructed GL account.
 *
 * @AlgorithmSpot (algorithmEntityValues = { "distributionCodeGlAccountConstruction"})
 */
public interface GeneralLedgerDistributionCodeGlAccountConstructionAlgorithmSpot extends AlgorithmSpot {

    /** The financial transaction whose GL lines are being built. */
    void setFinancialTransaction(FinancialTransaction financialTransaction);

    /** The distribution code of the GL line. */
    void setGeneralLedgerDistributionCode(GeneralLedgerDistributionCode generalLedgerDistributionCode);

    /** GL_SEQ_NBR of the line. */
    void setGlSequenceNumber(BigInteger glSequenceNumber);

    /** The constructed GL account. */
    String getGlAccount();
}
