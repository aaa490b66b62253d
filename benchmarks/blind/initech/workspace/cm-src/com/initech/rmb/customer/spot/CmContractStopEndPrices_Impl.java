package com.initech.rmb.customer.spot;

import com.initech.rmb.common.InitechAlgorithm;
import com.initech.rmb.common.SoftParams;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.ccb.domain.admin.serviceAgreementType.SaTypeSaStopAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * SA Type - SA Stop (CM-STOPPRC). When the counterparty's last facility contract is stopped, its
 * negotiated (party) tariffs end on the stop date so that nothing is priced after termination.
 */
@SoftParams({})
public class CmContractStopEndPrices_Impl extends InitechAlgorithm implements SaTypeSaStopAlgorithmSpot {

    private static final Logger LOG = LoggerFactory.getLogger(CmContractStopEndPrices_Impl.class);

    private static final String SQL_OTHER_ACTIVE =
            "SELECT COUNT(*) AS CNT FROM CI_SA WHERE ACCT_ID = :acctId AND SA_ID <> :saId AND SA_STATUS_FLG IN ('20', '30')";

    private static final String SQL_END_PARTY_PRICES =
            "UPDATE CI_PRICEASGN SET END_DT = :stopDate, VERSION = VERSION + 1 "
            + "WHERE PA_OWNER_TYPE_FLG = 'PRTY' "
            + "AND OWNER_ID IN (SELECT PARTY_UID FROM CI_PARTY WHERE PARTY_ID = :acctId AND PARTY_TYPE_FLG = 'ACCT') "
            + "AND (END_DT IS NULL OR END_DT > :stopDate)";

    private ServiceAgreement serviceAgreement;
    private Date stopDate;

    @Override
    public void invoke() {
        PreparedStatement ps = sql(SQL_OTHER_ACTIVE);
        try {
            ps.bindId("acctId", serviceAgreement.getAccount().getId());
            ps.bindId("saId", serviceAgreement.getId());
            if (ps.firstRow().getInteger("CNT").signum() > 0) {
                return;
            }
        } finally {
            ps.close();
        }
        PreparedStatement upd = sql(SQL_END_PARTY_PRICES);
        try {
            upd.bindDate("stopDate", stopDate);
            upd.bindId("acctId", serviceAgreement.getAccount().getId());
            int ended = upd.executeUpdate();
            LOG.info(ended + " party tariffs ended for account " + serviceAgreement.getAccount().getId().getTrimmedValue());
        } finally {
            upd.close();
        }
    }

    @Override
    public void setServiceAgreement(ServiceAgreement serviceAgreement) {
        this.serviceAgreement = serviceAgreement;
    }

    @Override
    public void setStopDate(Date stopDate) {
        this.stopDate = stopDate;
    }
}
