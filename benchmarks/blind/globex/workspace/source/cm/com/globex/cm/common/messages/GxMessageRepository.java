package com.globex.cm.common.messages;

import java.math.BigDecimal;

import com.splwg.base.api.datatypes.Date;
import com.splwg.base.domain.common.message.MessageParameters;
import com.splwg.shared.common.ServerMessage;

/**
 * Globex Telecom message factories (category 91000). One static factory per message; callers do
 * {@code addError(GxMessageRepository.billBelowMinimum(...))}.
 *
 * @author Globex ORMB team
 */
public class GxMessageRepository extends GxMessages {

    private static GxMessageRepository instance;

    private static GxMessageRepository getInstance() {
        if (instance == null) {
            instance = new GxMessageRepository();
        }
        return instance;
    }

    private static String text(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static String text(Date value) {
        return value == null ? "" : value.toString();
    }

    // ---------------------------------------------------------------- collections

    public static ServerMessage overdueDebtReview(String accountId, BigDecimal overdue, int days) {
        MessageParameters parms = new MessageParameters();
        parms.addRawString(accountId);
        parms.addRawString(text(overdue));
        parms.addRawString(String.valueOf(days));
        return getInstance().getMessage(OVERDUE_DEBT_REVIEW, parms);
    }

    public static ServerMessage reminderLetterSent(String personId, String contactId) {
        MessageParameters parms = new MessageParameters();
        parms.addRawString(personId);
        parms.addRawString(contactId);
        return getInstance().getMessage(REMINDER_LETTER_SENT, parms);
    }

    public static ServerMessage vipDisconnectWarning(String personId, String contactId) {
        MessageParameters parms = new MessageParameters();
        parms.addRawString(personId);
        parms.addRawString(contactId);
        return getInstance().getMessage(VIP_DISCONNECT_WARNING, parms);
    }

    public static ServerMessage noContractForLateCharge(String accountId) {
        MessageParameters parms = new MessageParameters();
        parms.addRawString(accountId);
        return getInstance().getMessage(NO_CONTRACT_FOR_LATE_CHARGE, parms);
    }

    public static ServerMessage promiseBroken(String promiseId, String accountId, BigDecimal amount, Date promiseDate) {
        MessageParameters parms = new MessageParameters();
        parms.addRawString(promiseId);
        parms.addRawString(accountId);
        parms.addRawString(text(amount));
        parms.addRawString(text(promiseDate));
        return getInstance().getMessage(PROMISE_BROKEN, parms);
    }

    public static ServerMessage collectionFollowUp(String accountId, BigDecimal owed, String contactId) {
        MessageParameters parms = new MessageParameters();
        parms.addRawString(accountId);
        parms.addRawString(text(owed));
        parms.addRawString(contactId);
        return getInstance().getMessage(COLLECTION_FOLLOW_UP, parms);
    }

    // ---------------------------------------------------------------- adjustments

    public static ServerMessage adjustmentAboveApprovalLimit(String adjustmentId, BigDecimal amount, BigDecimal limit) {
        MessageParameters parms = new MessageParameters();
        parms.addRawString(adjustmentId);
        parms.addRawString(text(amount));
        parms.addRawString(text(limit));
        return getInstance().getMessage(ADJ_ABOVE_APPROVAL_LIMIT, parms);
    }

    public static ServerMessage adjustmentApprovalRequired(String adjustmentId) {
        MessageParameters parms = new MessageParameters();
        parms.addRawString(adjustmentId);
        return getInstance().getMessage(ADJ_APPROVAL_REQUIRED, parms);
    }

    public static ServerMessage noInterestBase(String saId) {
        MessageParameters parms = new MessageParameters();
        parms.addRawString(saId);
        return getInstance().getMessage(NO_INTEREST_BASE, parms);
    }

    public static ServerMessage contractInCredit(String saId, BigDecimal balance, String adjustmentId) {
        MessageParameters parms = new MessageParameters();
        parms.addRawString(saId);
        parms.addRawString(text(balance));
        parms.addRawString(adjustmentId);
        return getInstance().getMessage(CONTRACT_IN_CREDIT, parms);
    }

    // ---------------------------------------------------------------- contracts

    public static ServerMessage saStartBeforeSetup(String saId, Date startDate, Date setupDate) {
        MessageParameters parms = new MessageParameters();
        parms.addRawString(saId);
        parms.addRawString(text(startDate));
        parms.addRawString(text(setupDate));
        return getInstance().getMessage(SA_START_BEFORE_SETUP, parms);
    }

    public static ServerMessage saStartBackdated(String saId, Date startDate, int maxDays) {
        MessageParameters parms = new MessageParameters();
        parms.addRawString(saId);
        parms.addRawString(text(startDate));
        parms.addRawString(String.valueOf(maxDays));
        return getInstance().getMessage(SA_START_BACKDATED, parms);
    }

    public static ServerMessage saStoppedInCommitment(String saId, Date stopDate, Date commitmentEnd) {
        MessageParameters parms = new MessageParameters();
        parms.addRawString(saId);
        parms.addRawString(text(stopDate));
        parms.addRawString(text(commitmentEnd));
        return getInstance().getMessage(SA_STOPPED_IN_COMMITMENT, parms);
    }

    public static ServerMessage duplicateActiveContract(String accountId, String otherSaId, String saType) {
        MessageParameters parms = new MessageParameters();
        parms.addRawString(accountId);
        parms.addRawString(otherSaId);
        parms.addRawString(saType);
        return getInstance().getMessage(DUPLICATE_ACTIVE_CONTRACT, parms);
    }

    public static ServerMessage charValueNotNumeric(String charType, String value) {
        MessageParameters parms = new MessageParameters();
        parms.addRawString(charType);
        parms.addRawString(value);
        return getInstance().getMessage(CHAR_VALUE_NOT_NUMERIC, parms);
    }

    // ---------------------------------------------------------------- billing

    public static ServerMessage billBelowMinimum(String billId, BigDecimal total, BigDecimal minimum) {
        MessageParameters parms = new MessageParameters();
        parms.addRawString(billId);
        parms.addRawString(text(total));
        parms.addRawString(text(minimum));
        return getInstance().getMessage(BILL_BELOW_MINIMUM, parms);
    }

    public static ServerMessage noInvoiceSequence(String division) {
        MessageParameters parms = new MessageParameters();
        parms.addRawString(division);
        return getInstance().getMessage(NO_INVOICE_SEQUENCE, parms);
    }

    public static ServerMessage highValueBill(String billId, BigDecimal total, BigDecimal threshold) {
        MessageParameters parms = new MessageParameters();
        parms.addRawString(billId);
        parms.addRawString(text(total));
        parms.addRawString(text(threshold));
        return getInstance().getMessage(HIGH_VALUE_BILL, parms);
    }

    // ---------------------------------------------------------------- framework / to do

    public static ServerMessage invalidSwitchValue(String field, String value) {
        MessageParameters parms = new MessageParameters();
        parms.addRawString(field);
        parms.addRawString(value);
        return getInstance().getMessage(INVALID_SWITCH_VALUE, parms);
    }

    public static ServerMessage toDoWithoutDrillKey(String toDoEntryId) {
        MessageParameters parms = new MessageParameters();
        parms.addRawString(toDoEntryId);
        return getInstance().getMessage(TODO_WITHOUT_DRILL_KEY, parms);
    }
}
