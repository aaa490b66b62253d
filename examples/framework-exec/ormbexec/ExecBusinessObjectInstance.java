package ormbexec;

import com.splwg.base.api.businessObject.BusinessObjectInstance;
import com.splwg.base.api.businessObject.BusinessObjectInstanceKey;
import com.splwg.base.domain.common.businessObject.BusinessObject;
import com.splwg.base.domain.common.businessObject.BusinessObject_Id;

/** A business object instance held in memory: scenario inputs of BO algorithms. */
public final class ExecBusinessObjectInstance extends BusinessObjectInstance {

    private final String code;

    public ExecBusinessObjectInstance(String code) {
        this.code = code;
    }

    @Override
    public BusinessObject getBusinessObject() {
        return Rt.proxy(BusinessObject.class, new BusinessObject_Id(code));
    }

    @Override
    public BusinessObjectInstanceKey getIdentifyingKey() {
        throw new NotExecutable("BusinessObjectInstance.getIdentifyingKey");
    }

    @Override
    public org.w3c.dom.Document getDocument() {
        throw new NotExecutable("BusinessObjectInstance.getDocument");
    }

    @Override
    public String getStatus() {
        Object status = Nodes.get(this, "status");
        if (status == null) {
            status = Nodes.get(this, "boStatus");
        }
        return status == null ? null : String.valueOf(status);
    }
}
