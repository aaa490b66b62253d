package com.splwg.ccb.domain.admin.customerClass;

import com.splwg.base.api.algorithms.AlgorithmSpot;
import com.splwg.base.api.datatypes.Bool;
import com.splwg.ccb.api.lookup.FinancialTransactionTypeLookup;
import com.splwg.ccb.domain.financial.financialTransaction.FinancialTransaction;

/**
 * Customer Class - FT Freeze. Algorithms plugged in on the customer class for the system event
 * <b>FT Freeze</b> run whenever a financial transaction ({@code CI_FT}) of a contract of an account
 * of that class is frozen: bill segments, payment segments, adjustments and their cancellations.
 * Typical uses: check the FT's GL lines ({@code CI_FT_GL}) balance and carry a GL account, feed
 * open-item matching, or record the FT in an interface table.
 *
 * <p>Input hard parameters: the FT, its type (BS, BX, PS, PX, AD, AX) and whether it is a regular
 * FT (as opposed to one created by a correction). Output: whether the algorithm added a process
 * of its own for the FT.
 *
 * @AlgorithmSpot (algorithmEntityValues = { "customerClassFtFreeze"})
 */
public interface CustomerClassFtFreezeAlgorithmSpot extends AlgorithmSpot {

    /** The financial transaction being frozen. */
    void setFinancialTransaction(FinancialTransaction financialTransaction);

    /** Type of the FT: bill segment, payment segment, adjustment or a cancellation of these. */
    void setFinancialTransactionType(FinancialTransactionTypeLookup financialTransactionType);

    /** True for regular FTs, false for FTs created by corrections or transfers. */
    void setRegularFinancialTransaction(Bool regularFinancialTransaction);

    /** True when the algorithm created its own follow-up process for the FT. */
    Bool getFinancialTransactionProcessAdded();
}
