package com.splwg.cm.domain.txnfeed.algorithm;

import com.splwg.base.api.businessObject.BusinessObjectDispatcher;
import com.splwg.base.api.businessObject.BusinessObjectInstance;
import com.splwg.base.api.businessObject.BusinessObjectInstanceKey;
import com.splwg.base.api.businessService.BusinessServiceDispatcher;
import com.splwg.base.api.businessService.BusinessServiceInstance;
import com.splwg.base.api.datatypes.DateTime;
import com.splwg.base.api.lookup.BusinessObjectActionLookup;
import com.splwg.base.api.lookup.BusinessObjectStatusTransitionConditionLookup;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.base.domain.common.businessObject.BusinessObject;
import com.splwg.base.domain.common.businessObject.BusinessObjectEnterStatusAlgorithmSpot;
import com.splwg.base.domain.common.businessObject.BusinessObjectStatusCode;
import com.splwg.base.domain.common.businessObject.BusinessObjectStatusReason_Id;
import com.splwg.cm.domain.common.messageRepository.CmMessageRepository;
import com.splwg.shared.common.ServerMessage;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Catches transactions the acquiring platform sent twice. A transaction whose source and external
 * transaction number were already received within the look-back window (and not cancelled) is
 * moved to the duplicate status instead of being priced, and a To Do is raised for the
 * operations team with both transaction ids so they can cancel one of them.
 *
 * Plugged on the transaction detail business object (C1-TxnDetail), Uploaded status, Enter event,
 * before the account validation.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = duplicateStatus, required = true, type = string)
 *            , @AlgorithmSoftParameter (name = lookBackDays, required = true, type = integer)
 *            , @AlgorithmSoftParameter (entityName = toDoType, name = duplicateToDoType, type = entity)})
 */
public class CmTxnDetailDuplicateCheckAlgComp_Impl extends CmTxnDetailDuplicateCheckAlgComp_Gen
        implements BusinessObjectEnterStatusAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmTxnDetailDuplicateCheckAlgComp_Impl.class);

    private static final String CANCELLED = "CANC";

    private BusinessObjectInstanceKey businessObjectKey;
    private BusinessObject businessObject;
    private BusinessObjectStatusCode nextStatus;

    @Override
    public void invoke() {
        BusinessObjectInstance txn = BusinessObjectDispatcher.read(businessObjectKey, true);
        String txnId = txn.getString("txnDetailId");
        String source = txn.getString("txnSource");
        String externalNumber = txn.getString("externalTransactionNumber");
        DateTime txnDateTime = txn.getDateTime("transactionDateTime");
        if (isBlankOrNull(externalNumber) || isNull(txnDateTime)) {
            return;
        }

        String original = null;
        PreparedStatement ps = createPreparedStatement("""
                SELECT D.TXN_DETAIL_ID
                  FROM CI_TXN_DETAIL D
                 WHERE D.TXN_SOURCE_CD = :source
                   AND D.EXT_TXN_NBR = :extTxnNbr
                   AND D.TXN_DETAIL_ID <> :txnId
                   AND D.BO_STATUS_CD <> :cancelled
                   AND D.TXN_DTTM >= :windowStart
                 ORDER BY D.TXN_DTTM
                """, "CmTxnDetailDuplicateCheck - earlier copy of transaction");
        try {
            ps.bindString("source", source, "TXN_SOURCE_CD");
            ps.bindString("extTxnNbr", externalNumber.trim(), "EXT_TXN_NBR");
            ps.bindString("txnId", txnId, "TXN_DETAIL_ID");
            ps.bindString("cancelled", CANCELLED, "BO_STATUS_CD");
            ps.bindDateTime("windowStart", txnDateTime.addDays(-getLookBackDays().intValue()));
            SQLResultRow row = ps.firstRow();
            if (notNull(row)) {
                original = row.getString("TXN_DETAIL_ID").trim();
            }
        } finally {
            ps.close();
        }
        if (isNull(original)) {
            return;
        }

        ServerMessage reason = CmMessageRepository.duplicateTransaction(externalNumber.trim(), source.trim(), original);
        txn.set("messageCategory", reason.getCategory());
        txn.set("messageNumber", reason.getNumber());
        BusinessObjectDispatcher.update(txn);

        if (notNull(getDuplicateToDoType())) {
            BusinessServiceInstance toDo = BusinessServiceInstance.create("F1-AddToDoEntry");
            toDo.set("toDoType", getDuplicateToDoType().getId().getTrimmedValue());
            toDo.set("drillKey1", txnId);
            toDo.set("sortKey1", original);
            toDo.set("messageCategory", reason.getCategory());
            toDo.set("messageNumber", reason.getNumber());
            BusinessServiceDispatcher.execute(toDo);
        }
        nextStatus = new BusinessObjectStatusCode(businessObject.getId(), getDuplicateStatus());
        logger.info("Transaction " + txnId.trim() + " duplicates " + original);
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
        return null;
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
