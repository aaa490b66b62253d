package com.splwg.cm.domain.common.algorithm;

import com.splwg.base.api.businessObject.BusinessObjectDispatcher;
import com.splwg.base.api.businessObject.BusinessObjectInstance;
import com.splwg.base.api.businessObject.BusinessObjectInstanceKey;
import com.splwg.base.api.lookup.BusinessObjectActionLookup;
import com.splwg.base.domain.common.businessObject.BusinessObject;
import com.splwg.base.domain.common.businessObject.BusinessObjectExitStatusAlgorithmSpot;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Clears the error reason (message category and number) of a staging or transaction record when
 * it leaves its Error status, so that a corrected record no longer shows the old error in
 * portals and To Do lists. Generic: the element names are soft parameters, which lets the same
 * algorithm type serve every CM staging business object.
 *
 * Plugged on the Error status of the CM staging business objects, Exit event.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = messageCategoryElement, type = string)
 *            , @AlgorithmSoftParameter (name = messageNumberElement, type = string)})
 */
public class CmClearErrorOnExitAlgComp_Impl extends CmClearErrorOnExitAlgComp_Gen implements BusinessObjectExitStatusAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmClearErrorOnExitAlgComp_Impl.class);

    private BusinessObjectInstanceKey businessObjectKey;
    private BusinessObject businessObject;

    @Override
    public void invoke() {
        String categoryElement = notBlank(getMessageCategoryElement()) ? getMessageCategoryElement().trim() : "messageCategory";
        String numberElement = notBlank(getMessageNumberElement()) ? getMessageNumberElement().trim() : "messageNumber";

        BusinessObjectInstance record = BusinessObjectDispatcher.read(businessObjectKey, true);
        if (isNull(record.getInteger(categoryElement)) && isNull(record.getInteger(numberElement))) {
            return;
        }
        record.set(categoryElement, null);
        record.set(numberElement, null);
        BusinessObjectDispatcher.fastUpdate(record.getDocument());
        if (logger.isDebugEnabled()) {
            logger.debug("Error reason cleared on " + businessObject.getId().getTrimmedValue() + " " + record.getXMLString());
        }
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
}
