package com.splwg.ccb.domain.financial.financialTransaction;

import java.math.BigInteger;

import com.splwg.base.api.algorithms.AlgorithmSpot;
import com.splwg.base.api.datatypes.Bool;
import com.splwg.base.api.datatypes.Date;

/**
 * GL Account Validation. The algorithm configured on the installation record for
 * <b>GL Account Validation</b> checks a constructed GL account against the general ledger's chart
 * of accounts (valid segment values, open account, open period) when GL lines are created or
 * when a distribution code is saved.
 *
 * <p>Input hard parameters: the GL account, the FT and GL line it belongs to and the date it must
 * be valid on. Output: whether the account is valid and the date it was validated for.
 *
 * @AlgorithmSpot (algorithmEntityValues = { "glAccountValidation"})
 */
public interface GLAccountValidationAlgorithmSpot extends AlgorithmSpot {

    /** The GL account to validate. */
    void setGLAccount(String glAccount);

    /** FT_ID of the GL line's financial transaction; blank when validating a distribution code. */
    void setFinancialTransactionId(String financialTransactionId);

    /** GL_SEQ_NBR of the GL line. */
    void setGlSequenceNumber(BigInteger glSequenceNumber);

    /** Date the account must be valid on (usually the accounting date). */
    void setDate(Date date);

    /** True when the account is valid. */
    Bool getValidateSw();

    /** Date the validation applied to. */
    Date getDate();
}
