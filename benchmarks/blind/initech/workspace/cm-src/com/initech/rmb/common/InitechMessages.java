package com.initech.rmb.common;

import com.splwg.base.domain.common.message.AbstractMessageRepository;
import com.splwg.base.domain.common.message.MessageParameters;
import com.splwg.shared.common.ServerMessage;

/**
 * Message repository of the Initech ORMB team, message category 93100 (texts in CI_MSG_L,
 * owner CM). Numbers are grouped by area: 1xxx invoice, 2xxx receivables, 3xxx customer,
 * 4xxx general ledger, 5xxx pricing, 9xxx technical.
 */
public final class InitechMessages extends AbstractMessageRepository {

    public static final int MESSAGE_CATEGORY = 93100;

    // --- invoice (1xxx) -------------------------------------------------------------------
    /** Invoice %1 total %2 is below the minimum invoice amount %3. */
    public static final int INVOICE_BELOW_MINIMUM = 1001;
    /** No invoice number range is configured for division %1. */
    public static final int INVOICE_NUMBER_RANGE_MISSING = 1002;
    /** Payment terms %1 of account %2 are not numeric. */
    public static final int PAYMENT_TERMS_INVALID = 1003;

    // --- receivables (2xxx) ---------------------------------------------------------------
    /** Remittance %1 exceeds the open receivable of account %2 by %3. */
    public static final int REMITTANCE_EXCEEDS_RECEIVABLE = 2001;
    /** Account %1 has no active contract of type %2 for the late payment charge. */
    public static final int LPC_CONTRACT_MISSING = 2002;
    /** Write-off adjustment %1 needs a reason code. */
    public static final int WRITE_OFF_REASON_MISSING = 2003;

    // --- customer (3xxx) ------------------------------------------------------------------
    /** %1 is not a valid VAT registration number. */
    public static final int VAT_NUMBER_INVALID = 3001;
    /** Contract %1 currency %2 differs from the account currency %3. */
    public static final int CONTRACT_CURRENCY_MISMATCH = 3002;
    /** Counterparty %1: %2. */
    public static final int COUNTERPARTY_RULE_FAILED = 3003;

    // --- general ledger (4xxx) ------------------------------------------------------------
    /** GL lines of financial transaction %1 do not balance (difference %2). */
    public static final int FT_GL_NOT_BALANCED = 4001;
    /** Accounting period of %1 is locked for division %2. */
    public static final int GL_PERIOD_LOCKED = 4002;

    // --- pricing (5xxx) -------------------------------------------------------------------
    /** No tariff value for price assignment %1, rate component %2. */
    public static final int TARIFF_VALUE_MISSING = 5001;

    // --- technical (9xxx) -----------------------------------------------------------------
    /** Soft parameter %1 of algorithm %2 is missing or invalid. */
    public static final int SOFT_PARAMETER_INVALID = 9001;
    /** %1 */
    public static final int GENERIC_RULE_FAILED = 9002;

    private static final InitechMessages INSTANCE = new InitechMessages();

    private InitechMessages() {
        super(MESSAGE_CATEGORY);
    }

    public static InitechMessages getInstance() {
        return INSTANCE;
    }

    /** Message {@code messageNumber} of category 93100 with the given substitution values. */
    public static ServerMessage message(int messageNumber, String... parms) {
        MessageParameters parameters = new MessageParameters();
        if (parms != null) {
            for (String parm : parms) {
                parameters.addRawString(parm);
            }
        }
        return INSTANCE.getMessage(messageNumber, parameters);
    }
}
