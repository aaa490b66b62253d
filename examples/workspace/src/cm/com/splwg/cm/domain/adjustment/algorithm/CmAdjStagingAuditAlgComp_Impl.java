package com.splwg.cm.domain.adjustment.algorithm;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import com.splwg.base.api.COTSInstanceListNode;
import com.splwg.base.api.businessObject.BusinessObjectDispatcher;
import com.splwg.base.api.businessObject.BusinessObjectInstance;
import com.splwg.base.api.businessObject.SchemaInstanceChanges;
import com.splwg.base.api.datatypes.EntityId;
import com.splwg.base.api.lookup.BusinessObjectActionLookup;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.base.domain.common.businessObject.AuditBusinessObjectAlgorithmSpot;
import com.splwg.base.domain.common.maintenanceObject.MaintenanceObject;

/**
 * Keeps an audit trail of manual corrections to adjustment staging records: every change of an
 * element (amount, adjustment type, contract...) made through the staging BO is written, with
 * old and new value, user and time, to the audit log business object. Status-only changes made by
 * the upload process itself are not audited, nor are changes to records already processed into an
 * adjustment (those are read-only in the portal anyway).
 *
 * Plugged on the adjustment staging business object (CM-AdjIntStg), Audit event.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (entityName = businessObject, name = auditLogBusinessObject, required = true, type = entity)
 *            , @AlgorithmSoftParameter (name = ignoredElements, type = string)})
 */
public class CmAdjStagingAuditAlgComp_Impl extends CmAdjStagingAuditAlgComp_Gen implements AuditBusinessObjectAlgorithmSpot {

    private static final String STAGING_ROW_SQL =
            "SELECT CM_STG_STATUS_FLG, EXT_REF_ID, ADJ_ID FROM CM_ADJ_INT_STG WHERE CM_ADJ_INT_STG_ID = :stagingId";

    private BusinessObjectInstance newBusinessObject;
    private BusinessObjectInstance originalBusinessObject;
    private BusinessObjectActionLookup action;
    private SchemaInstanceChanges changedValues;

    @Override
    public void invoke() {
        if (isNull(changedValues) || !changedValues.hasChanges()) {
            return;
        }
        BusinessObjectInstance current = notNull(newBusinessObject) ? newBusinessObject : originalBusinessObject;
        String stagingId = current.getString("adjIntStgId");

        Set<String> ignored = new HashSet<String>(Arrays.asList("boStatus", "statusUpdateDateTime", "version"));
        if (notBlank(getIgnoredElements())) {
            for (String element : getIgnoredElements().split(",")) {
                ignored.add(element.trim());
            }
        }

        String externalReference = "";
        PreparedStatement ps = createPreparedStatement(STAGING_ROW_SQL, "CmAdjStagingAudit - staging row");
        try {
            ps.bindString("stagingId", stagingId, "CM_ADJ_INT_STG_ID");
            SQLResultRow row = ps.firstRow();
            if (notNull(row)) {
                if (notBlank(row.getString("ADJ_ID"))) {
                    return;
                }
                externalReference = isBlankOrNull(row.getString("EXT_REF_ID")) ? "" : row.getString("EXT_REF_ID").trim();
            }
        } finally {
            ps.close();
        }

        BusinessObjectInstance log = BusinessObjectInstance.create(getAuditLogBusinessObject());
        log.set("adjIntStgId", stagingId);
        log.set("externalReference", externalReference);
        log.set("action", action.trimmedValue());
        log.set("user", getActiveContextUserId());
        log.set("logDateTime", getSystemDateTime());
        int logged = 0;
        for (String path : changedValues.getChangedPaths()) {
            String element = path.substring(path.lastIndexOf('/') + 1);
            if (ignored.contains(element)) {
                continue;
            }
            COTSInstanceListNode change = log.getList("changes").newChild();
            change.set("element", path);
            change.set("oldValue", changedValues.getOriginalValue(path));
            change.set("newValue", changedValues.getNewValue(path));
            logged++;
        }
        if (logged > 0) {
            BusinessObjectDispatcher.add(log);
        }
    }

    @Override
    public void setNewBusinessObject(BusinessObjectInstance newBusinessObject) {
        this.newBusinessObject = newBusinessObject;
    }

    @Override
    public void setOriginalBusinessObject(BusinessObjectInstance originalBusinessObject) {
        this.originalBusinessObject = originalBusinessObject;
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

    @Override
    public void setChangedValues(SchemaInstanceChanges changedValues) {
        this.changedValues = changedValues;
    }
}
