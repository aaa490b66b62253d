package com.splwg.cm.domain.payment.algorithm;

import com.splwg.base.api.datatypes.Money;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.api.lookup.ServiceAgreementStatusLookup;
import com.splwg.ccb.domain.admin.customerClass.CustomerClassOverpaymentDistributionAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.account.Account;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement_Id;
import com.splwg.ccb.domain.payment.payment.Payment;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Distributes the excess of a payment to the account's active deposit contract (contract type from
 * the parameter); when the account has several, the one that started first receives it. Accounts
 * without an active deposit contract get no contract back, so the default overpayment handling
 * applies.
 *
 * Plugged on the Customer Class, Overpayment Distribution event.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = depositContractType, required = true, type = string)})
 */
public class CmOldestDepositContractOverpayAlgComp_Impl extends CmOldestDepositContractOverpayAlgComp_Gen
        implements CustomerClassOverpaymentDistributionAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmOldestDepositContractOverpayAlgComp_Impl.class);

    private static final String DEPOSIT_CONTRACT_SQL = """
            SELECT SA.SA_ID
              FROM CI_SA SA
             WHERE SA.ACCT_ID = :acctId
               AND SA.SA_TYPE_CD = :saType
               AND SA.SA_STATUS_FLG = :active
             ORDER BY SA.START_DT, SA.SA_ID
            """;

    private Account account;
    private Payment payment;
    private ServiceAgreement overpaymentServiceAgreement;

    @Override
    public void invoke() {
        Account payingAccount = notNull(account) ? account : payment.getAccount();
        PreparedStatement ps = createPreparedStatement(DEPOSIT_CONTRACT_SQL, "CmOldestDepositContractOverpay - deposit contract");
        try {
            ps.bindId("acctId", payingAccount.getId());
            ps.bindString("saType", getDepositContractType(), "SA_TYPE_CD");
            ps.bindLookup("active", ServiceAgreementStatusLookup.constants.ACTIVE);
            SQLResultRow row = ps.firstRow();
            if (notNull(row)) {
                overpaymentServiceAgreement = new ServiceAgreement_Id(row.getString("SA_ID")).getEntity();
            }
        } finally {
            ps.close();
        }
        logger.debug("Overpayment of account " + payingAccount.getId().getTrimmedValue() + " -> "
                + (overpaymentServiceAgreement == null ? "default" : overpaymentServiceAgreement.getId().getTrimmedValue()));
    }

    @Override
    public void setAccount(Account account) {
        this.account = account;
    }

    @Override
    public void setPayment(Payment payment) {
        this.payment = payment;
    }

    @Override
    public void setOverpaymentAmount(Money overpaymentAmount) {
    }

    @Override
    public ServiceAgreement getOverpaymentServiceAgreement() {
        return overpaymentServiceAgreement;
    }
}
