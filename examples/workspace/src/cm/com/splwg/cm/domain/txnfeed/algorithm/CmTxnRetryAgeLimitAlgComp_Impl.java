package com.splwg.cm.domain.txnfeed.algorithm;

import java.math.BigInteger;

import com.splwg.base.api.datatypes.Bool;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.cm.domain.txnfeed.CmTxnRetryEligibilityAlgorithmSpot;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Default retry rule of the transaction feed: an errored transaction is retried for a limited
 * number of days after it first arrived, and only for errors that are warnings or that are listed
 * as transient (e.g. no active contract yet, price not found). Older transactions stay in error
 * for the operations team.
 *
 * Named on the CM-TXNRT batch control (retryRuleAlgorithm parameter); implements the CM spot
 * CmTxnRetryEligibilityAlgorithmSpot.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = maxAgeDays, required = true, type = integer)
 *            , @AlgorithmSoftParameter (name = transientMessageNumbers, type = string)})
 */
public class CmTxnRetryAgeLimitAlgComp_Impl extends CmTxnRetryAgeLimitAlgComp_Gen implements CmTxnRetryEligibilityAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmTxnRetryAgeLimitAlgComp_Impl.class);

    private static final String WARNING_SEVERITY = "W";

    private String transactionDetailId;
    private BigInteger messageCategory;
    private BigInteger messageNumber;
    private Date initialProcessDate;
    private Date processDate;
    private Bool isRetryAllowed = Bool.FALSE;

    @Override
    public void invoke() {
        if (notNull(initialProcessDate) && initialProcessDate.addDays(getMaxAgeDays().intValue()).isBefore(processDate)) {
            logger.debug("Transaction " + transactionDetailId + " is older than " + getMaxAgeDays() + " days; not retried");
            return;
        }
        if (isNull(messageNumber)) {
            isRetryAllowed = Bool.TRUE;
            return;
        }
        if (notBlank(getTransientMessageNumbers())) {
            for (String number : getTransientMessageNumbers().split(",")) {
                if (number.trim().equals(messageNumber.toString())) {
                    isRetryAllowed = Bool.TRUE;
                    return;
                }
            }
        }

        PreparedStatement ps = createPreparedStatement(
                "SELECT MSG_SEV_FLG FROM CI_MSG WHERE MESSAGE_CAT_NBR = :category AND MESSAGE_NBR = :messageNbr",
                "CmTxnRetryAgeLimit - severity of error message");
        try {
            ps.bindBigInteger("category", messageCategory);
            ps.bindBigInteger("messageNbr", messageNumber);
            SQLResultRow row = ps.firstRow();
            isRetryAllowed = Bool.valueOf(notNull(row) && WARNING_SEVERITY.equals(row.getString("MSG_SEV_FLG").trim()));
        } finally {
            ps.close();
        }
    }

    @Override
    public void setTransactionDetailId(String transactionDetailId) {
        this.transactionDetailId = transactionDetailId;
    }

    @Override
    public void setMessageCategory(BigInteger messageCategory) {
        this.messageCategory = messageCategory;
    }

    @Override
    public void setMessageNumber(BigInteger messageNumber) {
        this.messageNumber = messageNumber;
    }

    @Override
    public void setInitialProcessDate(Date initialProcessDate) {
        this.initialProcessDate = initialProcessDate;
    }

    @Override
    public void setProcessDate(Date processDate) {
        this.processDate = processDate;
    }

    @Override
    public Bool getIsRetryAllowed() {
        return isRetryAllowed;
    }
}
