package com.northwind.ormb.ext.payments.algo;

import java.util.logging.Logger;

import com.northwind.ormb.ext.common.NwConstants;
import com.splwg.base.api.algorithms.AbstractAlgorithmComponent;
import com.splwg.base.api.datatypes.Money;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.domain.admin.customerClass.CustomerClassOverpaymentDistributionAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.account.Account;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement_Id;
import com.splwg.ccb.domain.payment.payment.Payment;

/**
 * Customer Class - Overpayment Distribution (RESI): money paid beyond the debt is parked on the
 * account's active credit balance contract so that it can be refunded or used for the next bill.
 * Accounts without an active contract of that type get no contract (the framework default
 * applies).
 *
 * Parameters:
 *   1 creditSaType (string, required) - SA type code of the credit balance contract (NWCREDIT)
 */
public class NwOverpayToCreditContractAlgo_Impl extends AbstractAlgorithmComponent
        implements CustomerClassOverpaymentDistributionAlgorithmSpot {

    private static final Logger LOG = Logger.getLogger(NwOverpayToCreditContractAlgo_Impl.class.getName());

    private Account account;
    private ServiceAgreement creditContract;

    @Override
    public void invoke() {
        String creditSaType = getStringSoftParameter("creditSaType");
        PreparedStatement ps = createPreparedStatement("""
                SELECT SA_ID
                  FROM CI_SA
                 WHERE ACCT_ID = :acctId
                   AND SA_TYPE_CD = :saType
                   AND SA_STATUS_FLG = :active
                 ORDER BY START_DT DESC
                """, "NwOverpayToCreditContractAlgo - active credit balance contract");
        try {
            ps.bindString("acctId", account.getId().getIdValue(), "ACCT_ID");
            ps.bindString("saType", creditSaType, "SA_TYPE_CD");
            ps.bindString("active", NwConstants.SA_ACTIVE, "SA_STATUS_FLG");
            for (SQLResultRow row : ps.list()) {
                creditContract = new ServiceAgreement_Id(row.getString("SA_ID")).getEntity();
                break;
            }
        } finally {
            ps.close();
        }
        LOG.fine(() -> "Overpayment contract of account " + account.getId().getTrimmedValue() + ": "
                + (creditContract == null ? "none" : creditContract.getId().getTrimmedValue()));
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
        return creditContract;
    }
}
