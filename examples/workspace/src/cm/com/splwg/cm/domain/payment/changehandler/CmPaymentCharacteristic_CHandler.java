package com.splwg.cm.domain.payment.changehandler;

import com.splwg.base.api.DataTransferObject;
import com.splwg.base.api.changehandling.AbstractChangeHandler;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.api.lookup.BillStatusLookup;
import com.splwg.ccb.domain.payment.payment.Payment;
import com.splwg.ccb.domain.payment.payment.PaymentCharacteristic;
import com.splwg.ccb.domain.payment.payment.Payment_DTO;
import com.splwg.cm.domain.common.messageRepository.CmMessageRepository;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Lets a payment pay a specific invoice: when the cashier (or the lockbox upload) records the
 * invoice reference characteristic on a payment, the reference must be a completed bill of the
 * payment's account, and the payment's match type and value are switched to that bill so that
 * distribution pays it first instead of the oldest debt.
 *
 * @author ORMB implementation team
 *
@ChangeHandler (entityName = paymentCharacteristic)
 */
public class CmPaymentCharacteristic_CHandler extends AbstractChangeHandler<PaymentCharacteristic> {

    private static final Logger logger = LoggerFactory.getLogger(CmPaymentCharacteristic_CHandler.class);

    /** Characteristic type of the invoice reference, as configured. */
    private static final String INVOICE_REFERENCE_CHAR_TYPE = "CM-INVRF";

    /** Match type that makes payment distribution pay one bill. */
    private static final String MATCH_BY_BILL = "BILL-ID";

    @Override
    public void validateAdd(PaymentCharacteristic newEntity) {
        validateInvoiceReference(newEntity);
    }

    @Override
    public void validateChange(PaymentCharacteristic changedEntity, DataTransferObject<PaymentCharacteristic> oldDTO) {
        validateInvoiceReference(changedEntity);
    }

    @Override
    public void handleAddOrChange(PaymentCharacteristic newEntity, DataTransferObject<PaymentCharacteristic> oldDTO) {
        if (!isInvoiceReference(newEntity)) {
            return;
        }
        Payment payment = newEntity.getId().getPaymentId().getEntity();
        String billId = newEntity.getAdhocCharacteristicValue().trim();
        if (MATCH_BY_BILL.equals(trim(payment.getMatchTypeCode())) && billId.equals(trim(payment.getMatchValue()))) {
            return;
        }
        Payment_DTO dto = payment.getDTO();
        dto.setMatchTypeCode(MATCH_BY_BILL);
        dto.setMatchValue(billId);
        payment.setDTO(dto);
        logger.debug("Payment " + payment.getId().getTrimmedValue() + " now matches bill " + billId);
    }

    private void validateInvoiceReference(PaymentCharacteristic characteristic) {
        if (!isInvoiceReference(characteristic)) {
            return;
        }
        String billId = characteristic.getAdhocCharacteristicValue();
        Payment payment = characteristic.getId().getPaymentId().getEntity();
        String accountId = payment.getAccount().getId().getIdValue();

        PreparedStatement ps = createPreparedStatement(
                "SELECT B.BILL_ID FROM CI_BILL B "
                + "WHERE B.BILL_ID = :billId AND B.ACCT_ID = :acctId AND B.BILL_STAT_FLG = :complete",
                "CmPaymentCharacteristic_CHandler - referenced bill of account");
        try {
            ps.bindString("billId", isBlankOrNull(billId) ? " " : billId.trim(), "BILL_ID");
            ps.bindString("acctId", accountId, "ACCT_ID");
            ps.bindLookup("complete", BillStatusLookup.constants.COMPLETE);
            SQLResultRow row = ps.firstRow();
            if (isNull(row)) {
                addError(CmMessageRepository.paymentReferenceBillNotFound(trim(billId), accountId.trim()));
            }
        } finally {
            ps.close();
        }
    }

    private boolean isInvoiceReference(PaymentCharacteristic characteristic) {
        return INVOICE_REFERENCE_CHAR_TYPE.equals(characteristic.getId().getCharacteristicTypeId().getTrimmedValue());
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }
}
