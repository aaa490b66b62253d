package com.globex.cm.common.messages;

import com.splwg.base.domain.common.message.AbstractMessageRepository;

/**
 * Globex Telecom message category 91000: message numbers. Texts are maintained in CI_MSG_L
 * (bundle GX-MSG-91000.sql). Add the number here and the factory in {@link GxMessageRepository}.
 *
 * @author Globex ORMB team
 */
public class GxMessages extends AbstractMessageRepository {

    public static final int MESSAGE_CATEGORY = 91000;

    // collections / delinquency 1xxx
    /** Account %1 has overdue debt of %2 older than %3 days. */
    public static final int OVERDUE_DEBT_REVIEW = 1001;
    /** Reminder letter sent to person %1 (contact %2). */
    public static final int REMINDER_LETTER_SENT = 1002;
    /** VIP customer %1 received a disconnect warning (contact %2): account manager must call. */
    public static final int VIP_DISCONNECT_WARNING = 1003;
    /** No active contract found on account %1 to levy the late payment charge. */
    public static final int NO_CONTRACT_FOR_LATE_CHARGE = 1004;
    /** Promise to pay %1 of account %2 is broken (promised %3 by %4). */
    public static final int PROMISE_BROKEN = 1005;
    /** Account %1 owes %2; collection follow-up required (contact %3). */
    public static final int COLLECTION_FOLLOW_UP = 1006;

    // adjustments 2xxx
    /** Adjustment %1 of %2 exceeds the approval limit %3. */
    public static final int ADJ_ABOVE_APPROVAL_LIMIT = 2001;
    /** Adjustment %1 requires approval before it can be frozen. */
    public static final int ADJ_APPROVAL_REQUIRED = 2002;
    /** No overdue debt found on contract %1 to calculate interest. */
    public static final int NO_INTEREST_BASE = 2003;
    /** Contract %1 is in credit (%2) after adjustment %3: review refund. */
    public static final int CONTRACT_IN_CREDIT = 2004;

    // contracts 3xxx
    /** Contract %1 start date %2 is before account set-up date %3. */
    public static final int SA_START_BEFORE_SETUP = 3001;
    /** Contract %1 start date %2 is back-dated more than %3 days. */
    public static final int SA_START_BACKDATED = 3002;
    /** Contract %1 stopped on %2 before its commitment end %3. */
    public static final int SA_STOPPED_IN_COMMITMENT = 3003;
    /** Account %1 already has active contract %2 of type %3. */
    public static final int DUPLICATE_ACTIVE_CONTRACT = 3004;
    /** Value %2 of characteristic %1 is not a valid number. */
    public static final int CHAR_VALUE_NOT_NUMERIC = 3005;

    // billing 4xxx
    /** Bill %1 total %2 is below the minimum bill amount %3. */
    public static final int BILL_BELOW_MINIMUM = 4001;
    /** No invoice number sequence is set up for division %1. */
    public static final int NO_INVOICE_SEQUENCE = 4002;
    /** Bill %1 total %2 is above %3: high value bill. */
    public static final int HIGH_VALUE_BILL = 4003;

    // framework / to do 9xxx
    /** Value %2 is not allowed for %1 (Y or N expected). */
    public static final int INVALID_SWITCH_VALUE = 9001;
    /** To Do %1 has no drill key value. */
    public static final int TODO_WITHOUT_DRILL_KEY = 9002;

    protected GxMessages() {
        super(MESSAGE_CATEGORY);
    }
}
