package com.splwg.cm.domain.payment.algorithm;

import com.splwg.base.api.businessObject.BusinessObjectDispatcher;
import com.splwg.base.api.businessObject.BusinessObjectInstance;
import com.splwg.base.api.datatypes.Money;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.api.lookup.ServiceAgreementStatusLookup;
import com.splwg.ccb.domain.admin.customerClass.CustomerClassOverpaymentDistributionAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.account.Account;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement_Id;
import com.splwg.ccb.domain.payment.payment.Payment;
import com.splwg.cm.domain.common.messageRepository.CmMessageRepository;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Parks the excess of a payment on the customer's deposit contract instead of the newest
 * charge contract. The deposit contract is the account's live contract of the deposit SA type
 * with the best overpayment priority (CI_SA_TYPE.OVERPAY_PRIO_NUM); when the account has none, a
 * new one is added through the deposit contract business object, starting on the payment date.
 *
 * Plugged on the Customer Class, Overpayment Distribution event.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = depositSaType, required = true, type = string)
 *            , @AlgorithmSoftParameter (entityName = businessObject, name = depositContractBusinessObject, required = true, type = entity)})
 */
public class CmOverpaymentToDepositContractAlgo_Impl extends CmOverpaymentToDepositContractAlgo_Gen
        implements CustomerClassOverpaymentDistributionAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmOverpaymentToDepositContractAlgo_Impl.class);

    private static final String DEPOSIT_CONTRACT_SQL = "SELECT SA.SA_ID, SA.SA_STATUS_FLG "
            + "FROM CI_SA SA, CI_SA_TYPE SAT "
            + "WHERE SA.ACCT_ID = :acctId "
            + "AND SA.SA_TYPE_CD = :saType "
            + "AND SA.SA_STATUS_FLG IN (:pendingStart, :active) "
            + "AND SA.CURRENCY_CD = :currency "
            + "AND SAT.CIS_DIVISION = SA.CIS_DIVISION "
            + "AND SAT.SA_TYPE_CD = SA.SA_TYPE_CD "
            + "ORDER BY SAT.OVERPAY_PRIO_NUM, SA.START_DT";

    private Account account;
    private Payment payment;
    private Money overpaymentAmount;
    private ServiceAgreement overpaymentServiceAgreement;

    @Override
    public void invoke() {
        String currency = overpaymentAmount.getCurrencyId().getIdValue();
        PreparedStatement ps = createPreparedStatement(DEPOSIT_CONTRACT_SQL, "CmOverpaymentToDepositContract - deposit contract");
        try {
            ps.bindId("acctId", account.getId());
            ps.bindString("saType", getDepositSaType(), "SA_TYPE_CD");
            ps.bindLookup("pendingStart", ServiceAgreementStatusLookup.constants.PENDING_START);
            ps.bindLookup("active", ServiceAgreementStatusLookup.constants.ACTIVE);
            ps.bindString("currency", currency, "CURRENCY_CD");
            SQLResultRow row = ps.firstRow();
            if (notNull(row)) {
                overpaymentServiceAgreement = new ServiceAgreement_Id(row.getString("SA_ID")).getEntity();
            }
        } finally {
            ps.close();
        }

        if (isNull(overpaymentServiceAgreement)) {
            overpaymentServiceAgreement = addDepositContract(currency);
        }
        logger.debug("Overpayment " + overpaymentAmount + " of payment " + payment.getId().getTrimmedValue()
                + " goes to contract " + overpaymentServiceAgreement.getId().getTrimmedValue());
    }

    private ServiceAgreement addDepositContract(String currency) {
        BusinessObjectInstance contract = BusinessObjectInstance.create(getDepositContractBusinessObject());
        contract.set("accountId", account.getId().getIdValue());
        contract.set("division", account.getDivision().getId().getIdValue());
        contract.set("saType", getDepositSaType());
        contract.set("startDate", payment.getPaymentEvent().getPaymentDate());
        contract.set("currency", currency);
        contract = BusinessObjectDispatcher.add(contract);

        String saId = contract.getString("saId");
        if (isBlankOrNull(saId)) {
            addError(CmMessageRepository.requiredNodeNotPopulated("saId"));
        }
        logger.info("Deposit contract " + saId.trim() + " created for account " + account.getId().getTrimmedValue());
        return new ServiceAgreement_Id(saId).getEntity();
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
        this.overpaymentAmount = overpaymentAmount;
    }

    @Override
    public ServiceAgreement getOverpaymentServiceAgreement() {
        return overpaymentServiceAgreement;
    }
}
