package com.splwg.cm.domain.customer.algorithm;

import com.splwg.base.api.COTSInstanceList;
import com.splwg.base.api.COTSInstanceListNode;
import com.splwg.base.api.businessObject.BusinessObjectInstance;
import com.splwg.base.api.datatypes.EntityId;
import com.splwg.base.api.lookup.BusinessObjectActionLookup;
import com.splwg.base.api.lookup.YesNoOptionLookup;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.base.domain.common.businessObject.ValidateBusinessObjectAlgorithmSpot;
import com.splwg.base.domain.common.maintenanceObject.MaintenanceObject;
import com.splwg.cm.domain.common.messageRepository.CmMessageRepository;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Makes sure every customer carries exactly one primary identifier of the configured type (the
 * company registration or tax number) and that no other person already uses the same number,
 * unless duplicates are explicitly allowed.
 *
 * Plugged on the person business objects (CM-Person, CM-BusinessCustomer), Validation event.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = idType, required = true, type = string)
 *            , @AlgorithmSoftParameter (lookupName = yesNoOption, name = allowDuplicates, type = lookup)})
 */
public class CmValidatePersonIdentifierAlgComp_Impl extends CmValidatePersonIdentifierAlgComp_Gen
        implements ValidateBusinessObjectAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmValidatePersonIdentifierAlgComp_Impl.class);

    private BusinessObjectInstance newBusinessObject;
    private BusinessObjectActionLookup action;

    @Override
    public void invoke() {
        if (BusinessObjectActionLookup.constants.DELETE.equals(action)) {
            return;
        }
        String personId = newBusinessObject.getString("personId");
        String idType = getIdType().trim();

        String idNumber = null;
        COTSInstanceList identifiers = newBusinessObject.getList("personIds");
        for (COTSInstanceListNode identifier : identifiers) {
            if (idType.equals(identifier.getString("idType").trim()) && Boolean.TRUE.equals(identifier.getBoolean("isPrimaryId"))) {
                idNumber = identifier.getString("personIdNumber");
                break;
            }
        }
        if (isBlankOrNull(idNumber)) {
            addError(CmMessageRepository.missingPrimaryIdentifier(idType));
        }
        if (YesNoOptionLookup.constants.YES.equals(getAllowDuplicates())) {
            return;
        }

        PreparedStatement ps = createPreparedStatement(
                "SELECT PID.PER_ID FROM CI_PER_ID PID "
                + "WHERE PID.ID_TYPE_CD = :idType "
                + "AND PID.PER_ID_NBR = :idNumber "
                + "AND PID.PER_ID <> :personId",
                "CmValidatePersonIdentifier - identifier used by another person");
        try {
            ps.bindString("idType", idType, "ID_TYPE_CD");
            ps.bindString("idNumber", idNumber.trim(), "PER_ID_NBR");
            ps.bindString("personId", isBlankOrNull(personId) ? " " : personId, "PER_ID");
            SQLResultRow duplicate = ps.firstRow();
            if (notNull(duplicate)) {
                logger.debug("Identifier " + idType + "/" + idNumber + " already held by " + duplicate.getString("PER_ID"));
                addError(CmMessageRepository.duplicatePersonIdentifier(idType, idNumber.trim(), duplicate.getString("PER_ID").trim()));
            }
        } finally {
            ps.close();
        }
    }

    @Override
    public void setNewBusinessObject(BusinessObjectInstance newBusinessObject) {
        this.newBusinessObject = newBusinessObject;
    }

    @Override
    public void setOriginalBusinessObject(BusinessObjectInstance originalBusinessObject) {
    }

    @Override
    public void setAction(BusinessObjectActionLookup action) {
        this.action = action;
    }

    @Override
    public void setMaintenanceObject(MaintenanceObject maintenanceObject) {
    }

    @Override
    public void setEntityId(EntityId<?> entityId) {
    }
}
