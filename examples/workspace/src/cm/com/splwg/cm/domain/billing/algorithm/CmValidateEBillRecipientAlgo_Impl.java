package com.splwg.cm.domain.billing.algorithm;

import java.util.List;

import com.splwg.base.api.datatypes.Bool;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.lookup.YesNoOptionLookup;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.api.lookup.BillCompletionActionLookup;
import com.splwg.ccb.domain.admin.customerClass.CustomerClassPreBillCompletionAlgorithmSpot;
import com.splwg.ccb.domain.billing.bill.Bill;
import com.splwg.ccb.domain.billing.billSegment.BillSegment;
import com.splwg.ccb.domain.customerinfo.account.Account;
import com.splwg.cm.domain.common.messageRepository.CmMessageRepository;
import com.splwg.shared.common.ServerMessage;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Makes sure an e-bill can actually be delivered before the bill is completed: every person of
 * the account who receives the bill by e-mail (CI_ACCT_PER.BILL_RTE_TYPE_CD = the e-mail route)
 * must have an e-mail address. Either completion stops with an error naming the person, or - when
 * the fallback is switched on - the person is moved to the postal route and the bill completes
 * with a warning message.
 *
 * Plugged on the Customer Class, Pre-Bill Completion event, after the zero-bill check.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = emailRouteType, required = true, type = string)
 *            , @AlgorithmSoftParameter (name = postalRouteType, type = string)
 *            , @AlgorithmSoftParameter (lookupName = yesNoOption, name = fallBackToPost, required = true, type = lookup)})
 */
public class CmValidateEBillRecipientAlgo_Impl extends CmValidateEBillRecipientAlgo_Gen
        implements CustomerClassPreBillCompletionAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmValidateEBillRecipientAlgo_Impl.class);

    private Bill bill;
    private Account account;
    private Bool allowReopeningOfBills;
    private ServerMessage serverMessage;

    @Override
    public void invoke() {
        String accountId = account.getId().getIdValue();
        List<SQLResultRow> recipients;
        PreparedStatement ps = createPreparedStatement(
                "SELECT AP.PER_ID, AP.MAIN_CUST_SW "
                + "FROM CI_ACCT_PER AP, CI_PER PER "
                + "WHERE AP.ACCT_ID = :acctId "
                + "AND AP.BILL_RTE_TYPE_CD = :emailRoute "
                + "AND PER.PER_ID = AP.PER_ID "
                + "AND (PER.EMAILID IS NULL OR TRIM(PER.EMAILID) IS NULL)",
                "CmValidateEBillRecipient - e-bill recipients without address");
        try {
            ps.bindString("acctId", accountId, "ACCT_ID");
            ps.bindString("emailRoute", getEmailRouteType(), "BILL_RTE_TYPE_CD");
            recipients = ps.list();
        } finally {
            ps.close();
        }
        if (recipients.isEmpty()) {
            return;
        }

        String billId = bill.getId().getTrimmedValue();
        boolean fallBack = YesNoOptionLookup.constants.YES.equals(getFallBackToPost()) && notBlank(getPostalRouteType());
        for (SQLResultRow recipient : recipients) {
            String personId = recipient.getString("PER_ID").trim();
            if (!fallBack) {
                addError(CmMessageRepository.eBillRecipientWithoutEmail(billId, personId));
            }
            PreparedStatement update = createPreparedStatement(
                    "UPDATE CI_ACCT_PER SET BILL_RTE_TYPE_CD = :postRoute "
                    + "WHERE ACCT_ID = :acctId AND PER_ID = :perId",
                    "CmValidateEBillRecipient - fall back to postal route");
            try {
                update.bindString("postRoute", getPostalRouteType(), "BILL_RTE_TYPE_CD");
                update.bindString("acctId", accountId, "ACCT_ID");
                update.bindString("perId", personId, "PER_ID");
                update.executeUpdate();
            } finally {
                update.close();
            }
            serverMessage = CmMessageRepository.eBillRecipientWithoutEmail(billId, personId);
            logger.info("Bill " + billId + ": person " + personId + " moved to route " + getPostalRouteType().trim());
        }
    }

    @Override
    public void setBill(Bill bill) {
        this.bill = bill;
    }

    @Override
    public void setAccount(Account account) {
        this.account = account;
    }

    @Override
    public void setAccountingDate(Date accountingDate) {
    }

    @Override
    public void setBillDate(Date billDate) {
    }

    @Override
    public void setBillSegments(List<BillSegment> billSegments) {
    }

    @Override
    public void setAllowReopeningOfBills(Bool allowReopeningOfBills) {
        this.allowReopeningOfBills = allowReopeningOfBills;
    }

    @Override
    public void setCreditNoteForBill(Bill creditNoteForBill) {
    }

    @Override
    public Bool getAllowReopeningOfBills() {
        return allowReopeningOfBills;
    }

    @Override
    public BillCompletionActionLookup getBillCompletionAction() {
        return BillCompletionActionLookup.constants.CARRYONWITH_BILL_COMPLETION;
    }

    @Override
    public ServerMessage getServerMessage() {
        return serverMessage;
    }
}
