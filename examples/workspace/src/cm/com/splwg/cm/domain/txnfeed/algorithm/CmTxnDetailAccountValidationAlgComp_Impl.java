package com.splwg.cm.domain.txnfeed.algorithm;

import java.math.BigInteger;

import com.splwg.base.api.businessObject.BusinessObjectDispatcher;
import com.splwg.base.api.businessObject.BusinessObjectInstance;
import com.splwg.base.api.businessObject.BusinessObjectInstanceKey;
import com.splwg.base.api.lookup.BusinessObjectActionLookup;
import com.splwg.base.api.lookup.BusinessObjectStatusTransitionConditionLookup;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.base.domain.common.businessObject.BusinessObject;
import com.splwg.base.domain.common.businessObject.BusinessObjectEnterStatusAlgorithmSpot;
import com.splwg.base.domain.common.businessObject.BusinessObjectStatusCode;
import com.splwg.base.domain.common.businessObject.BusinessObjectStatusReason_Id;
import com.splwg.ccb.api.lookup.ServiceAgreementStatusLookup;
import com.splwg.cm.domain.common.messageRepository.CmMessageRepository;
import com.splwg.shared.common.ServerMessage;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Resolves the account and contract of an uploaded transaction before pricing. The transaction
 * names its customer by account number type and number (CI_TXN_DETAIL.ACCT_NBR_TYPE_CD /
 * ACCT_NBR); the account must have an active contract in the transaction's currency, optionally
 * restricted to one SA type. Unresolvable transactions are stamped with the reason and moved to
 * the error status so that they can be corrected and resubmitted.
 *
 * Plugged on the transaction detail business object (C1-TxnDetail), Validate status, Enter event.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = errorStatus, required = true, type = string)
 *            , @AlgorithmSoftParameter (name = contractType, type = string)})
 */
public class CmTxnDetailAccountValidationAlgComp_Impl extends CmTxnDetailAccountValidationAlgComp_Gen
        implements BusinessObjectEnterStatusAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmTxnDetailAccountValidationAlgComp_Impl.class);

    private BusinessObjectInstanceKey businessObjectKey;
    private BusinessObject businessObject;
    private BusinessObjectStatusCode nextStatus;

    @Override
    public void invoke() {
        BusinessObjectInstance txn = BusinessObjectDispatcher.read(businessObjectKey, true);
        String txnId = txn.getString("txnDetailId");
        String acctNbrType = txn.getString("accountIdentifierType");
        String acctNbr = txn.getString("accountIdentifier");
        String currency = txn.getString("currency");

        if (isBlankOrNull(acctNbrType) || isBlankOrNull(acctNbr)) {
            markError(txnId, CmMessageRepository.requiredNodeNotPopulated("accountIdentifier"));
            return;
        }

        String accountId = null;
        String saId = null;
        PreparedStatement ps = createPreparedStatement(
                "SELECT AN.ACCT_ID, SA.SA_ID "
                + "  FROM CI_ACCT_NBR AN "
                + "  LEFT OUTER JOIN CI_SA SA ON SA.ACCT_ID = AN.ACCT_ID "
                + "       AND SA.SA_STATUS_FLG = :active "
                + "       AND SA.CURRENCY_CD = :currency "
                + "       AND (:saType = ' ' OR SA.SA_TYPE_CD = :saType) "
                + " WHERE AN.ACCT_NBR_TYPE_CD = :nbrType "
                + "   AND AN.ACCT_NBR = :acctNbr "
                + " ORDER BY SA.START_DT DESC",
                "CmTxnDetailAccountValidation - account and contract of transaction");
        try {
            ps.bindLookup("active", ServiceAgreementStatusLookup.constants.ACTIVE);
            ps.bindString("currency", currency, "CURRENCY_CD");
            ps.bindString("saType", isBlankOrNull(getContractType()) ? " " : getContractType(), "SA_TYPE_CD");
            ps.bindString("nbrType", acctNbrType, "ACCT_NBR_TYPE_CD");
            ps.bindString("acctNbr", acctNbr.trim(), "ACCT_NBR");
            SQLResultRow row = ps.firstRow();
            if (notNull(row)) {
                accountId = row.getString("ACCT_ID");
                saId = row.getString("SA_ID");
            }
        } finally {
            ps.close();
        }

        if (isBlankOrNull(accountId)) {
            markError(txnId, CmMessageRepository.accountNotFoundForTransaction(acctNbrType.trim(), acctNbr.trim()));
            return;
        }
        if (isBlankOrNull(saId)) {
            markError(txnId, CmMessageRepository.noActiveContractForTransaction(accountId.trim(), currency));
            return;
        }

        txn.set("accountId", accountId);
        txn.set("contractId", saId);
        BusinessObjectDispatcher.fastUpdate(txn.getDocument());
        logger.debug("Transaction " + txnId + " -> account " + accountId.trim() + ", SA " + saId.trim());
    }

    private void markError(String txnId, ServerMessage reason) {
        PreparedStatement update = createPreparedStatement(
                "UPDATE CI_TXN_DETAIL SET MESSAGE_CAT_NBR = :category, MESSAGE_NBR = :messageNbr, STATUS_UPD_DTTM = :now "
                + "WHERE TXN_DETAIL_ID = :txnId",
                "CmTxnDetailAccountValidation - stamp error reason");
        try {
            update.bindBigInteger("category", BigInteger.valueOf(reason.getCategory()));
            update.bindBigInteger("messageNbr", BigInteger.valueOf(reason.getNumber()));
            update.bindDateTime("now", getSystemDateTime());
            update.bindString("txnId", txnId, "TXN_DETAIL_ID");
            update.executeUpdate();
        } finally {
            update.close();
        }
        nextStatus = new BusinessObjectStatusCode(businessObject.getId(), getErrorStatus());
        logger.info("Transaction " + txnId + " rejected: " + reason.getMessageText());
    }

    @Override
    public void setBusinessObjectKey(BusinessObjectInstanceKey businessObjectKey) {
        this.businessObjectKey = businessObjectKey;
    }

    @Override
    public void setBusinessObject(BusinessObject businessObject) {
        this.businessObject = businessObject;
    }

    @Override
    public void setAction(BusinessObjectActionLookup action) {
    }

    @Override
    public boolean getForcePostProcessing() {
        return false;
    }

    @Override
    public BusinessObjectStatusCode getNextStatus() {
        return nextStatus;
    }

    @Override
    public BusinessObjectStatusTransitionConditionLookup getNextStatusCondition() {
        return nextStatus == null ? null : BusinessObjectStatusTransitionConditionLookup.constants.ERROR;
    }

    @Override
    public BusinessObjectStatusReason_Id getStatusChangeReasonId() {
        return null;
    }

    @Override
    public boolean getUseDefaultNextStatus() {
        return nextStatus == null;
    }
}
