package com.splwg.cm.domain.common.messageRepository;

import java.math.BigDecimal;

import com.splwg.base.api.datatypes.Date;
import com.splwg.base.domain.common.message.MessageParameters;
import com.splwg.shared.common.ServerMessage;

/**
 * Factory methods for the CM messages. Algorithms and batch jobs never build message numbers
 * themselves; they call one of these methods and hand the result to {@code addError},
 * {@code addWarning} or {@code logError}.
 *
 * @author ORMB implementation team
 */
public class CmMessageRepository extends CmMessages {

    private static CmMessageRepository instance;

    CmMessageRepository() {
        super(MESSAGE_CATEGORY);
    }

    private static CmMessageRepository getInstance() {
        if (instance == null) {
            instance = new CmMessageRepository();
        }
        return instance;
    }

    private static ServerMessage message(int messageNumber, String... values) {
        MessageParameters parms = new MessageParameters();
        for (String value : values) {
            parms.addRawString(value);
        }
        return getInstance().getMessage(messageNumber, parms);
    }

    /** Bill %1 cannot be completed: %2 bill segment(s) are in error. */
    public static ServerMessage billHasSegmentsInError(String billId, int errorCount) {
        return message(BILL_HAS_SEGMENTS_IN_ERROR, billId, String.valueOf(errorCount));
    }

    /** Bill %1 was deleted because its total is zero. */
    public static ServerMessage zeroBillDeleted(String billId) {
        return message(ZERO_BILL_DELETED, billId);
    }

    /** Account %1 has an invalid payment terms value '%2'. */
    public static ServerMessage invalidPaymentTerms(String accountId, String value) {
        return message(INVALID_PAYMENT_TERMS, accountId, value);
    }

    /** Account %1 has no account number of type %2. */
    public static ServerMessage accountNumberNotFound(String accountId, String accountNumberType) {
        return message(ACCOUNT_NUMBER_NOT_FOUND, accountId, accountNumberType);
    }

    /** Bill %1 already carries invoice number %2. */
    public static ServerMessage invoiceNumberAlreadyStamped(String billId, String invoiceNumber) {
        return message(INVOICE_NUMBER_ALREADY_STAMPED, billId, invoiceNumber);
    }

    /** Bill %1 totals %2, which is above the limit for its customer class. */
    public static ServerMessage billAmountTooHigh(String billId, String amount) {
        return message(BILL_AMOUNT_TOO_HIGH, billId, amount);
    }

    /** The interest rate %1 must be greater than zero and at most 100. */
    public static ServerMessage invalidInterestRate(BigDecimal rate) {
        MessageParameters parms = new MessageParameters();
        parms.addBigDecimal(rate);
        return getInstance().getMessage(INVALID_INTEREST_RATE, parms);
    }

    /** Adjustment %1 of %2 exceeds the approval limit of %3. */
    public static ServerMessage adjustmentNeedsApproval(String adjustmentId, BigDecimal amount, BigDecimal limit) {
        MessageParameters parms = new MessageParameters();
        parms.addRawString(adjustmentId);
        parms.addBigDecimal(amount);
        parms.addBigDecimal(limit);
        return getInstance().getMessage(ADJUSTMENT_NEEDS_APPROVAL, parms);
    }

    /** Account %1 has a credit balance of %2 after payment %3. */
    public static ServerMessage overpaymentReview(String accountId, BigDecimal balance, String paymentId) {
        MessageParameters parms = new MessageParameters();
        parms.addRawString(accountId);
        parms.addBigDecimal(balance);
        parms.addRawString(paymentId);
        return getInstance().getMessage(OVERPAYMENT_REVIEW, parms);
    }

    /** Collection hold on contract %1 released on %2. */
    public static ServerMessage collectionHoldReleased(String saId, Date releaseDate) {
        MessageParameters parms = new MessageParameters();
        parms.addRawString(saId);
        parms.addDate(releaseDate);
        return getInstance().getMessage(COLLECTION_HOLD_RELEASED, parms);
    }

    /** The GL lines of financial transaction %1 do not balance (difference %2). */
    public static ServerMessage ftGlNotBalanced(String ftId, BigDecimal difference) {
        MessageParameters parms = new MessageParameters();
        parms.addRawString(ftId);
        parms.addBigDecimal(difference);
        return getInstance().getMessage(FT_GL_NOT_BALANCED, parms);
    }

    /** GL account for FT %1 / distribution code %2 has no value for segment %3. */
    public static ServerMessage glAccountSegmentMissing(String ftId, String distributionCode, String segment) {
        return message(GL_ACCOUNT_SEGMENT_MISSING, ftId, distributionCode, segment);
    }

    /** The general ledger lines of FT %1 are out of balance by %2. */
    public static ServerMessage glLinesOutOfBalance(String ftId, String difference) {
        return message(GL_LINES_OUT_OF_BALANCE, ftId, difference);
    }

    /** %1 is required. */
    public static ServerMessage requiredNodeNotPopulated(String nodeName) {
        return message(REQUIRED_NODE_NOT_POPULATED, nodeName);
    }

    /** Identifier %1 %2 is already used by person %3. */
    public static ServerMessage duplicatePersonIdentifier(String idType, String idNumber, String otherPersonId) {
        return message(DUPLICATE_PERSON_IDENTIFIER, idType, idNumber, otherPersonId);
    }

    /** A primary identifier of type %1 is required. */
    public static ServerMessage missingPrimaryIdentifier(String idType) {
        return message(MISSING_PRIMARY_IDENTIFIER, idType);
    }

    /** No account found for account number type %1 and number %2. */
    public static ServerMessage accountNotFoundForTransaction(String accountNumberType, String accountNumber) {
        return message(ACCOUNT_NOT_FOUND_FOR_TXN, accountNumberType, accountNumber);
    }

    /** Account %1 has no active contract in currency %2. */
    public static ServerMessage noActiveContractForTransaction(String accountId, String currency) {
        return message(NO_ACTIVE_CONTRACT_FOR_TXN, accountId, currency);
    }

    /** No price found for price item %1, account %2 on %3. */
    public static ServerMessage priceNotFound(String priceItem, String accountId, Date pricingDate) {
        MessageParameters parms = new MessageParameters();
        parms.addRawString(priceItem);
        parms.addRawString(accountId);
        parms.addDate(pricingDate);
        return getInstance().getMessage(PRICE_NOT_FOUND, parms);
    }

    /** Bill %1 is routed by e-mail but main customer %2 has no e-mail address. */
    public static ServerMessage eBillRecipientWithoutEmail(String billId, String personId) {
        return message(EBILL_RECIPIENT_WITHOUT_EMAIL, billId, personId);
    }

    /** Bill %1 could not be extracted: %2. */
    public static ServerMessage billExtractFailed(String billId, String reason) {
        return message(BILL_EXTRACT_FAILED, billId, reason);
    }

    /** Adjustment %1 could not be frozen: %2. */
    public static ServerMessage adjustmentFreezeFailed(String adjustmentId, String reason) {
        return message(ADJUSTMENT_FREEZE_FAILED, adjustmentId, reason);
    }

    /** Payment reference %1 does not name a completed bill of account %2. */
    public static ServerMessage paymentReferenceBillNotFound(String billId, String accountId) {
        return message(PAYMENT_REFERENCE_BILL_NOT_FOUND, billId, accountId);
    }

    /** GL account %1 is not defined on any distribution code of division %2. */
    public static ServerMessage glAccountNotInChart(String glAccount, String division) {
        return message(GL_ACCOUNT_NOT_IN_CHART, glAccount, division);
    }

    /** The accounting period of %1 (calendar %2) is closed. */
    public static ServerMessage accountingPeriodClosed(Date accountingDate, String calendarId) {
        MessageParameters parms = new MessageParameters();
        parms.addDate(accountingDate);
        parms.addRawString(calendarId);
        return getInstance().getMessage(ACCOUNTING_PERIOD_CLOSED, parms);
    }

    /** No %3 exchange rate from %1 to %2 effective on %4. */
    public static ServerMessage exchangeRateNotFound(String fromCurrency, String toCurrency, String rateType, Date effectiveDate) {
        MessageParameters parms = new MessageParameters();
        parms.addRawString(fromCurrency);
        parms.addRawString(toCurrency);
        parms.addRawString(rateType);
        parms.addDate(effectiveDate);
        return getInstance().getMessage(EXCHANGE_RATE_NOT_FOUND, parms);
    }

    /** Person %1 has no e-mail address; e-bills and reminders cannot be sent. */
    public static ServerMessage customerWithoutEmail(String personId) {
        return message(CUSTOMER_WITHOUT_EMAIL, personId);
    }

    /** Contract %1 already has financial transactions; %2 cannot be changed. */
    public static ServerMessage contractHasFinancialHistory(String saId, String fieldName) {
        return message(CONTRACT_HAS_FINANCIAL_HISTORY, saId, fieldName);
    }

    /** Transaction %1 from source %2 was already received as transaction %3. */
    public static ServerMessage duplicateTransaction(String externalTxnNumber, String source, String otherTxnId) {
        return message(DUPLICATE_TRANSACTION, externalTxnNumber, source, otherTxnId);
    }

    /** File %1 was already loaded (transaction header %2). */
    public static ServerMessage fileAlreadyLoaded(String fileName, String headerId) {
        return message(FILE_ALREADY_LOADED, fileName, headerId);
    }

    /** File %1: the trailer announces %2 records but the file holds %3. */
    public static ServerMessage fileTrailerCountMismatch(String fileName, String trailerCount, String actualCount) {
        return message(FILE_TRAILER_COUNT_MISMATCH, fileName, trailerCount, actualCount);
    }

    /** File %1 has no valid header or trailer record. */
    public static ServerMessage fileHeaderOrTrailerMissing(String fileName) {
        return message(FILE_HEADER_OR_TRAILER_MISSING, fileName);
    }

    /** Unexpected error in %1: %2. */
    public static ServerMessage unexpectedError(String component, String detail) {
        return message(UNEXPECTED_ERROR, component, detail);
    }
}
