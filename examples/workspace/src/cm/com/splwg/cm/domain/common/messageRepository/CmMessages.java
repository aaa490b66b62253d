package com.splwg.cm.domain.common.messageRepository;

import com.splwg.base.domain.common.message.AbstractMessageRepository;

/**
 * Message numbers of the CM message category. The texts are maintained in the Message portal
 * (CI_MSG / CI_MSG_L, category 92000); keep the numbers here in sync with the configuration
 * migration package.
 *
 * @author ORMB implementation team
 */
public class CmMessages extends AbstractMessageRepository {

    /** Custom message category reserved for this implementation. */
    public static final int MESSAGE_CATEGORY = 92000;

    // billing
    public static final int BILL_HAS_SEGMENTS_IN_ERROR = 1001;
    public static final int ZERO_BILL_DELETED = 1002;
    public static final int INVALID_PAYMENT_TERMS = 1003;
    public static final int ACCOUNT_NUMBER_NOT_FOUND = 1004;
    public static final int INVOICE_NUMBER_ALREADY_STAMPED = 1005;
    public static final int BILL_AMOUNT_TOO_HIGH = 1006;
    public static final int EBILL_RECIPIENT_WITHOUT_EMAIL = 1007;
    public static final int BILL_EXTRACT_FAILED = 1008;

    // adjustments
    public static final int INVALID_INTEREST_RATE = 1101;
    public static final int ADJUSTMENT_NEEDS_APPROVAL = 1102;
    public static final int ADJUSTMENT_FREEZE_FAILED = 1103;

    // payments
    public static final int OVERPAYMENT_REVIEW = 1201;
    public static final int COLLECTION_HOLD_RELEASED = 1202;
    public static final int PAYMENT_REFERENCE_BILL_NOT_FOUND = 1203;

    // accounting
    public static final int FT_GL_NOT_BALANCED = 1301;
    public static final int GL_ACCOUNT_SEGMENT_MISSING = 1302;
    public static final int GL_LINES_OUT_OF_BALANCE = 1303;
    public static final int GL_ACCOUNT_NOT_IN_CHART = 1304;
    public static final int ACCOUNTING_PERIOD_CLOSED = 1305;
    public static final int EXCHANGE_RATE_NOT_FOUND = 1306;

    // customer / business objects
    public static final int REQUIRED_NODE_NOT_POPULATED = 1401;
    public static final int DUPLICATE_PERSON_IDENTIFIER = 1402;
    public static final int MISSING_PRIMARY_IDENTIFIER = 1403;
    public static final int CUSTOMER_WITHOUT_EMAIL = 1404;
    public static final int CONTRACT_HAS_FINANCIAL_HISTORY = 1405;

    // transaction feed and pricing
    public static final int ACCOUNT_NOT_FOUND_FOR_TXN = 1501;
    public static final int NO_ACTIVE_CONTRACT_FOR_TXN = 1502;
    public static final int PRICE_NOT_FOUND = 1503;
    public static final int DUPLICATE_TRANSACTION = 1504;
    public static final int FILE_ALREADY_LOADED = 1505;
    public static final int FILE_TRAILER_COUNT_MISMATCH = 1506;
    public static final int FILE_HEADER_OR_TRAILER_MISSING = 1507;

    // technical
    public static final int UNEXPECTED_ERROR = 1901;

    protected CmMessages(int messageCategory) {
        super(messageCategory);
    }
}
