package com.splwg.cm.domain.customer.algorithm;

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
import com.splwg.cm.domain.common.messageRepository.CmMessageRepository;
import com.splwg.shared.common.ServerMessage;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Matches an inbound CRM customer record (staging table CM_CUST_INT_STG) to an existing person
 * by its external customer id. A match links the staging record to the person and its main
 * account and moves it to the matched status; a record without mandatory data goes to error with
 * the reason stored on the record; anything else follows the default transition (create).
 *
 * Plugged on the CM-CustomerInterface business object, Validate status, Enter event.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = externalIdType, required = true, type = string)
 *            , @AlgorithmSoftParameter (name = matchedStatus, required = true, type = string)
 *            , @AlgorithmSoftParameter (name = errorStatus, required = true, type = string)})
 */
public class CmCustomerStagingEnterStatusAlgComp_Impl extends CmCustomerStagingEnterStatusAlgComp_Gen
        implements BusinessObjectEnterStatusAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmCustomerStagingEnterStatusAlgComp_Impl.class);

    private static final String MATCH_SQL = """
            SELECT PID.PER_ID, AP.ACCT_ID
              FROM CI_PER_ID PID
              LEFT OUTER JOIN CI_ACCT_PER AP
                ON AP.PER_ID = PID.PER_ID
               AND AP.MAIN_CUST_SW = 'Y'
             WHERE PID.ID_TYPE_CD = :idType
               AND PID.PER_ID_NBR = :externalId
            """;

    private BusinessObjectInstanceKey businessObjectKey;
    private BusinessObject businessObject;
    private BusinessObjectStatusCode nextStatus;

    @Override
    public void invoke() {
        BusinessObjectInstance staging = BusinessObjectDispatcher.read(businessObjectKey, true);
        String externalId = staging.getString("externalCustomerId");

        if (isBlankOrNull(externalId)) {
            moveToError(staging, CmMessageRepository.requiredNodeNotPopulated("externalCustomerId"));
            return;
        }
        if (isBlankOrNull(staging.getString("entityName"))) {
            moveToError(staging, CmMessageRepository.requiredNodeNotPopulated("entityName"));
            return;
        }

        PreparedStatement ps = createPreparedStatement(MATCH_SQL, "CmCustomerStagingEnterStatus - match person by external id");
        try {
            ps.bindString("idType", getExternalIdType(), "ID_TYPE_CD");
            ps.bindString("externalId", externalId.trim(), "PER_ID_NBR");
            SQLResultRow match = ps.firstRow();
            if (isNull(match)) {
                logger.debug("No person for external customer " + externalId + "; default transition");
                return;
            }
            staging.set("personId", match.getString("PER_ID"));
            if (notBlank(match.getString("ACCT_ID"))) {
                staging.set("accountId", match.getString("ACCT_ID"));
            }
        } finally {
            ps.close();
        }

        staging.set("statusUpdateDateTime", getProcessDateTime());
        BusinessObjectDispatcher.fastUpdate(staging.getDocument());
        nextStatus = new BusinessObjectStatusCode(businessObject.getId(), getMatchedStatus());
    }

    private void moveToError(BusinessObjectInstance staging, ServerMessage reason) {
        staging.set("messageCategory", reason.getCategory());
        staging.set("messageNumber", reason.getNumber());
        staging.set("statusUpdateDateTime", getProcessDateTime());
        BusinessObjectDispatcher.fastUpdate(staging.getDocument());
        nextStatus = new BusinessObjectStatusCode(businessObject.getId(), getErrorStatus());
        logger.info("Customer staging record moved to error: " + reason.getMessageText());
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
