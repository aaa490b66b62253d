package ormbexec;

import com.splwg.base.api.businessService.BusinessServiceInstance;

/** A business service request/response held in memory. */
public final class ExecServiceInstance extends BusinessServiceInstance {

    private final String code;

    public ExecServiceInstance(String code) {
        this.code = code;
    }

    @Override
    public String getBusinessServiceCode() {
        return code;
    }
}
