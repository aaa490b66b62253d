package com.initech.rmb.customer.spot;

import com.initech.rmb.common.InitechAlgorithm;
import com.initech.rmb.common.InitechMessages;
import com.initech.rmb.common.SoftParams;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.domain.admin.serviceAgreementType.SaTypeSaActivationAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;

/**
 * SA Type - SA Activation (CM-TAXIDREQ). KYC: a contract only goes live when the main customer of
 * its account has an identifier of the configured type (tax id).
 */
@SoftParams({"requiredIdType:string"})
public class CmContractTaxIdRequired_Impl extends InitechAlgorithm implements SaTypeSaActivationAlgorithmSpot {

    private static final String SQL_MAIN_CUSTOMER_ID =
            "SELECT COUNT(*) AS CNT FROM CI_ACCT_PER AP, CI_PER_ID PI "
            + "WHERE AP.ACCT_ID = :acctId AND AP.MAIN_CUST_SW = 'Y' "
            + "AND PI.PER_ID = AP.PER_ID AND PI.ID_TYPE_CD = :idType";

    private ServiceAgreement serviceAgreement;

    @Override
    public void invoke() {
        String idType = param("requiredIdType");
        PreparedStatement ps = sql(SQL_MAIN_CUSTOMER_ID);
        try {
            ps.bindId("acctId", serviceAgreement.getAccount().getId());
            ps.bindString("idType", idType, "ID_TYPE_CD");
            SQLResultRow row = ps.firstRow();
            if (row == null || row.getInteger("CNT").signum() == 0) {
                fail(InitechMessages.COUNTERPARTY_RULE_FAILED, serviceAgreement.getAccount().getId().getTrimmedValue(),
                        "main customer has no " + idType + " identifier");
            }
        } finally {
            ps.close();
        }
    }

    @Override
    public void setServiceAgreement(ServiceAgreement serviceAgreement) {
        this.serviceAgreement = serviceAgreement;
    }
}
