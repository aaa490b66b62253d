package com.northwind.ormb.ext.common;

import com.splwg.base.domain.common.message.AbstractMessageRepository;
import com.splwg.base.domain.common.message.MessageParameters;
import com.splwg.shared.common.ServerMessage;

/**
 * Message repository of the Northwind Energy ORMB extensions (message category 93100).
 *
 * <p>The texts live in CI_MSG_L (category 93100, owner CM) and are delivered with the
 * configuration migration bundle NWE-MSG. Every algorithm raises its messages through
 * {@link #of(int, String...)}; parameters are substituted verbatim as %1, %2 ...
 *
 * <pre>
 * addError(NwMessages.of(NwMessages.BILL_BELOW_MINIMUM, billId, total.toPlainString()));
 * </pre>
 *
 * Number ranges: 1xx billing, 2xx usage / TFM, 3xx pricing, 4xx payments, 5xx accounts,
 * 9xx technical.
 */
public final class NwMessages extends AbstractMessageRepository {

    /** Message category of all Northwind messages. */
    public static final int MESSAGE_CATEGORY = 93100;

    // --- billing 1xx ---------------------------------------------------------------------
    /** Bill %1 total %2 is below the minimum bill amount %3. */
    public static final int BILL_BELOW_MINIMUM = 101;
    /** No invoice number sequence is defined for division %1. */
    public static final int NO_INVOICE_SEQUENCE = 102;
    /** Account %1 is on billing hold (%2). */
    public static final int ACCOUNT_ON_BILLING_HOLD = 103;
    /** Payment terms value %2 on account %1 is not a number of days. */
    public static final int INVALID_PAYMENT_TERMS = 104;

    // --- usage / TFM 2xx -----------------------------------------------------------------
    /** %1 usage transactions are in error after the run of batch %2 (limit %3). */
    public static final int TXN_ERRORS_AFTER_RUN = 201;
    /** Feed file %1 was already uploaded (transaction header %2). */
    public static final int FEED_FILE_ALREADY_LOADED = 202;
    /** Contract %1 consumed %2 kWh in the bill period, above its volume cap of %3 kWh. */
    public static final int VOLUME_CAP_EXCEEDED = 203;
    /** Usage transaction %1 could not be re-processed: %2. */
    public static final int TXN_RETRY_FAILED = 204;
    /** Feed file name is missing. */
    public static final int FEED_FILE_NAME_MISSING = 205;

    // --- pricing 3xx ---------------------------------------------------------------------
    /** No exchange rate %3 from %1 to %2 is effective on %4. */
    public static final int NO_EXCHANGE_RATE = 301;
    /** Price assignment %1 of contract %2 is not active. */
    public static final int PRICE_ASSIGNMENT_NOT_ACTIVE = 302;

    // --- payments 4xx --------------------------------------------------------------------
    /** Auto pay of %2 for account %1 was capped to the limit %3. */
    public static final int AUTO_PAY_CAPPED = 401;
    /** Payment %1 cannot be frozen: %2. */
    public static final int PAYMENT_FREEZE_REJECTED = 402;

    // --- accounts 5xx --------------------------------------------------------------------
    /** %1 is not a valid UK VAT registration number. */
    public static final int INVALID_VAT_NUMBER = 501;
    /** No contract of account %1 carries external reference %2. */
    public static final int NO_CONTRACT_FOR_REFERENCE = 502;
    /** Account %1 has no characteristic %2 to copy to contract %3. */
    public static final int ACCOUNT_CHAR_MISSING = 503;

    // --- technical 9xx -------------------------------------------------------------------
    /** Soft parameter %1 of algorithm %2 is missing or invalid. */
    public static final int SOFT_PARAMETER_INVALID = 901;

    private static final NwMessages INSTANCE = new NwMessages();

    private NwMessages() {
        super(MESSAGE_CATEGORY);
    }

    /**
     * The message {@code number} of category 93100 with the given substitution values (raw strings,
     * in order). Null values are passed as empty strings.
     */
    public static ServerMessage of(int number, String... parms) {
        MessageParameters parameters = new MessageParameters();
        if (parms != null) {
            for (String parm : parms) {
                parameters.addRawString(parm == null ? "" : parm);
            }
        }
        return INSTANCE.getMessage(number, parameters);
    }
}
