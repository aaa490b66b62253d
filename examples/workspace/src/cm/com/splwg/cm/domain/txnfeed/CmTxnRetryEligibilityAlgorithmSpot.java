package com.splwg.cm.domain.txnfeed;

import java.math.BigInteger;

import com.splwg.base.api.algorithms.AlgorithmSpot;
import com.splwg.base.api.datatypes.Bool;
import com.splwg.base.api.datatypes.Date;

/**
 * CM spot - Transaction Retry Eligibility. Called by the transaction feed retry batch
 * (CM-TXNRT) for every transaction detail in error, before it is sent back through the pricing
 * lifecycle: the algorithm named on the batch decides whether the error is worth retrying (a
 * transient problem such as a missing price or contract that has since been set up) or must wait
 * for a person (bad data from the source).
 *
 * <p>Input hard parameters: the transaction, its error message and the date it was first
 * processed. Output: whether it may be retried.
 *
 * @author ORMB implementation team
 *
@AlgorithmSpot (algorithmEntityValues = { "cmTxnRetryEligibility"})
 */
public interface CmTxnRetryEligibilityAlgorithmSpot extends AlgorithmSpot {

    /** TXN_DETAIL_ID of the transaction in error. */
    void setTransactionDetailId(String transactionDetailId);

    /** Message category of the error (CI_TXN_DETAIL.MESSAGE_CAT_NBR). */
    void setMessageCategory(BigInteger messageCategory);

    /** Message number of the error (CI_TXN_DETAIL.MESSAGE_NBR). */
    void setMessageNumber(BigInteger messageNumber);

    /** Date the transaction was first processed (INIT_PRCS_DT). */
    void setInitialProcessDate(Date initialProcessDate);

    /** Business date of the retry run. */
    void setProcessDate(Date processDate);

    /** True when the transaction may be sent back for pricing. */
    Bool getIsRetryAllowed();
}
