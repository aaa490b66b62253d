package com.splwg.cm.domain.billing.algorithm;

import java.math.BigInteger;

import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.domain.admin.customerClass.CustomerClassPostBillCompletionAlgorithmSpot;
import com.splwg.ccb.domain.billing.bill.Bill;
import com.splwg.ccb.domain.billing.bill.BillCharacteristic_DTO;
import com.splwg.cm.domain.common.messageRepository.CmMessageRepository;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Stamps the legal invoice number on a completed bill as a bill characteristic so that the bill
 * print extract and the ERP interface can pick it up. The number is the account's external
 * account number followed by the bill month and the last digits of the bill id.
 *
 * Plugged on the Customer Class, Post-Bill Completion event.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (entityName = characteristicType, name = invoiceNumberCharType, required = true, type = entity)
 *            , @AlgorithmSoftParameter (name = accountNumberType, required = true, type = string)})
 */
public class CmStampInvoiceNumberAlgComp_Impl extends CmStampInvoiceNumberAlgComp_Gen
        implements CustomerClassPostBillCompletionAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmStampInvoiceNumberAlgComp_Impl.class);

    private Bill bill;

    @Override
    public void invoke() {
        String existing = findExistingInvoiceNumber();
        if (notBlank(existing)) {
            logger.info(CmMessageRepository.invoiceNumberAlreadyStamped(bill.getId().getTrimmedValue(), existing).getMessageText());
            return;
        }

        String accountId = bill.getAccount().getId().getIdValue();
        String externalNumber = null;
        PreparedStatement acctNbr = createPreparedStatement(
                "SELECT N.ACCT_NBR FROM CI_ACCT_NBR N WHERE N.ACCT_ID = :acctId AND N.ACCT_NBR_TYPE_CD = :nbrType",
                "CmStampInvoiceNumber - external account number");
        try {
            acctNbr.bindString("acctId", accountId, "ACCT_ID");
            acctNbr.bindString("nbrType", getAccountNumberType(), "ACCT_NBR_TYPE_CD");
            SQLResultRow row = acctNbr.firstRow();
            if (notNull(row)) {
                externalNumber = row.getString("ACCT_NBR").trim();
            }
        } finally {
            acctNbr.close();
        }
        if (isBlankOrNull(externalNumber)) {
            addError(CmMessageRepository.accountNumberNotFound(accountId.trim(), getAccountNumberType()));
        }

        String billId = bill.getId().getTrimmedValue();
        String invoiceNumber = externalNumber + "-"
                + String.format("%04d%02d", bill.getBillDate().getYear(), bill.getBillDate().getMonth()) + "-"
                + billId.substring(Math.max(0, billId.length() - 6));

        BillCharacteristic_DTO charDto = bill.getCharacteristics().newChildDTO();
        charDto.setAdhocCharacteristicValue(invoiceNumber);
        bill.getCharacteristics().add(charDto, getInvoiceNumberCharType().getId(), nextSequence());
        logger.debug("Invoice number " + invoiceNumber + " stamped on bill " + billId);
    }

    private String findExistingInvoiceNumber() {
        PreparedStatement ps = createPreparedStatement(
                "SELECT ADHOC_CHAR_VAL FROM CI_BILL_CHAR WHERE BILL_ID = :billId AND CHAR_TYPE_CD = :charType",
                "CmStampInvoiceNumber - existing invoice number");
        try {
            ps.bindId("billId", bill.getId());
            ps.bindEntity("charType", getInvoiceNumberCharType());
            SQLResultRow row = ps.firstRow();
            return row == null ? null : row.getString("ADHOC_CHAR_VAL").trim();
        } finally {
            ps.close();
        }
    }

    private BigInteger nextSequence() {
        PreparedStatement ps = createPreparedStatement(
                "SELECT NVL(MAX(SEQ_NUM), 0) + 1 AS NEXT_SEQ FROM CI_BILL_CHAR WHERE BILL_ID = :billId",
                "CmStampInvoiceNumber - next characteristic sequence");
        try {
            ps.bindId("billId", bill.getId());
            return ps.firstRow().getInteger("NEXT_SEQ");
        } finally {
            ps.close();
        }
    }

    @Override
    public void setBill(Bill bill) {
        this.bill = bill;
    }
}
