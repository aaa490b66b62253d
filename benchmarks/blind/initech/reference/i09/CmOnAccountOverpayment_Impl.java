package com.initech.rmb.receivables.spot;

import com.initech.rmb.common.InitechAlgorithm;
import com.initech.rmb.common.SoftParams;
import com.splwg.base.api.datatypes.Money;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.api.lookup.ServiceAgreementStatusLookup;
import com.splwg.ccb.domain.admin.customerClass.CustomerClassOverpaymentDistributionAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.account.Account;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement_Id;
import com.splwg.ccb.domain.payment.payment.Payment;

/**
 * Customer Class - Overpayment Distribution (CM-ONACCT). Excess remittance goes to the account's
 * active on-account contract (SA type from the parameter); none found leaves the result empty.
 */
@SoftParams({"onAccountContractType:string"})
public class CmOnAccountOverpayment_Impl extends InitechAlgorithm implements CustomerClassOverpaymentDistributionAlgorithmSpot {

    private static final String SQL_ON_ACCOUNT_CONTRACT =
            "SELECT SA_ID FROM CI_SA WHERE ACCT_ID = :acctId AND SA_TYPE_CD = :saType AND SA_STATUS_FLG = :active "
            + "ORDER BY START_DT DESC";

    private Account account;
    private ServiceAgreement result;

    @Override
    public void invoke() {
        PreparedStatement ps = sql(SQL_ON_ACCOUNT_CONTRACT);
        try {
            ps.bindId("acctId", account.getId());
            ps.bindString("saType", param("onAccountContractType"), "SA_TYPE_CD");
            ps.bindLookup("active", ServiceAgreementStatusLookup.constants.ACTIVE);
            SQLResultRow row = ps.firstRow();
            if (row != null) {
                result = new ServiceAgreement_Id(row.getString("SA_ID")).getEntity();
            }
        } finally {
            ps.close();
        }
    }

    @Override
    public void setAccount(Account account) {
        this.account = account;
    }

    @Override
    public void setPayment(Payment payment) {
    }

    @Override
    public void setOverpaymentAmount(Money overpaymentAmount) {
    }

    @Override
    public ServiceAgreement getOverpaymentServiceAgreement() {
        return result;
    }
}
