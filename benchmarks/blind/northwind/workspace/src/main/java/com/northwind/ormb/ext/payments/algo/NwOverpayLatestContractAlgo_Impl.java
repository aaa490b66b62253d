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
 * Customer Class - Overpayment Distribution (SME): excess money stays on the supply contract
 * that started most recently among the account's active contracts, so that it is used against
 * the next bill of the current supply. The contract types listed in the exclusion parameter (e.g.
 * standing charge only contracts) are never chosen.
 *
 * Parameters:
 *   1 excludedSaTypes (string, optional) - comma separated SA type codes not to use
 */
public class NwOverpayLatestContractAlgo_Impl extends AbstractAlgorithmComponent
        implements CustomerClassOverpaymentDistributionAlgorithmSpot {

    private static final Logger LOG = Logger.getLogger(NwOverpayLatestContractAlgo_Impl.class.getName());

    private Account account;
    private ServiceAgreement overpaymentContract;

    @Override
    public void invoke() {
        String excluded = getStringSoftParameter("excludedSaTypes");
        String excludedList = "," + (excluded == null ? "" : excluded.replace(" ", "")) + ",";

        PreparedStatement ps = createPreparedStatement("""
                SELECT SA_ID, SA_TYPE_CD
                  FROM CI_SA
                 WHERE ACCT_ID = :acctId
                   AND SA_STATUS_FLG = :active
                 ORDER BY START_DT DESC
                """, "NwOverpayLatestContractAlgo - active contracts of account");
        try {
            ps.bindString("acctId", account.getId().getIdValue(), "ACCT_ID");
            ps.bindString("active", NwConstants.SA_ACTIVE, "SA_STATUS_FLG");
            for (SQLResultRow row : ps.list()) {
                if (excludedList.contains("," + row.getString("SA_TYPE_CD").trim() + ",")) {
                    continue;
                }
                overpaymentContract = new ServiceAgreement_Id(row.getString("SA_ID")).getEntity();
                break;
            }
        } finally {
            ps.close();
        }
        LOG.fine(() -> "Overpayment of account " + account.getId().getTrimmedValue() + " goes to "
                + (overpaymentContract == null ? "default" : overpaymentContract.getId().getTrimmedValue()));
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
        return overpaymentContract;
    }
}
