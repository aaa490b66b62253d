package com.initech.rmb.invoice.spot;

import java.math.BigInteger;

import com.initech.rmb.common.InitechAlgorithm;
import com.initech.rmb.common.InitechMessages;
import com.initech.rmb.common.SoftParams;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.base.domain.common.characteristicType.CharacteristicType_Id;
import com.splwg.ccb.domain.admin.customerClass.CustomerClassPostBillCompletionAlgorithmSpot;
import com.splwg.ccb.domain.billing.bill.Bill;
import com.splwg.ccb.domain.billing.bill.BillCharacteristic_DTO;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Customer Class - Post-Bill Completion (CM-INVNBR). Once an invoice is finalized, draws the next
 * legal invoice number of the account's division from CM_INV_NBR_SEQ and stamps it on the invoice
 * as an ad hoc bill characteristic ("INV-2026-000123").
 */
@SoftParams({"invoiceNumberCharType:entity"})
public class CmInvoiceNumberStamp_Impl extends InitechAlgorithm implements CustomerClassPostBillCompletionAlgorithmSpot {

    private static final Logger LOG = LoggerFactory.getLogger(CmInvoiceNumberStamp_Impl.class);

    private static final String SQL_NEXT_NUMBER =
            "SELECT INV_PREFIX, NEXT_INV_NBR FROM CM_INV_NBR_SEQ WHERE CIS_DIVISION = :division";

    private static final String SQL_BUMP_NUMBER =
            "UPDATE CM_INV_NBR_SEQ SET NEXT_INV_NBR = NEXT_INV_NBR + 1, VERSION = VERSION + 1 "
            + "WHERE CIS_DIVISION = :division";

    private static final String SQL_NEXT_SEQ =
            "SELECT MAX(SEQ_NUM) AS MAX_SEQ FROM CI_BILL_CHAR WHERE BILL_ID = :billId AND CHAR_TYPE_CD = :charType";

    private Bill bill;

    @Override
    public void invoke() {
        String charType = param("invoiceNumberCharType");
        String division = bill.getAccount().getDivision().getId().getTrimmedValue();

        String prefix;
        BigInteger number;
        PreparedStatement ps = sql(SQL_NEXT_NUMBER);
        try {
            ps.bindString("division", division, "CIS_DIVISION");
            SQLResultRow row = ps.firstRow();
            if (row == null) {
                fail(InitechMessages.INVOICE_NUMBER_RANGE_MISSING, division);
                return;
            }
            prefix = row.getString("INV_PREFIX").trim();
            number = row.getInteger("NEXT_INV_NBR");
        } finally {
            ps.close();
        }

        PreparedStatement bump = sql(SQL_BUMP_NUMBER);
        try {
            bump.bindString("division", division, "CIS_DIVISION");
            bump.executeUpdate();
        } finally {
            bump.close();
        }

        String invoiceNumber = prefix + "-" + bill.getBillDate().getYear() + "-" + String.format("%06d", number.intValue());
        BillCharacteristic_DTO dto = bill.getCharacteristics().newChildDTO();
        dto.setAdhocCharacteristicValue(invoiceNumber);
        bill.getCharacteristics().add(dto, new CharacteristicType_Id(charType), nextSequence(charType));
        LOG.info("Invoice " + bill.getId().getTrimmedValue() + " numbered " + invoiceNumber);
    }

    private BigInteger nextSequence(String charType) {
        PreparedStatement ps = sql(SQL_NEXT_SEQ);
        try {
            ps.bindId("billId", bill.getId());
            ps.bindString("charType", charType, "CHAR_TYPE_CD");
            SQLResultRow row = ps.firstRow();
            BigInteger max = row == null ? null : row.getInteger("MAX_SEQ");
            return max == null ? BigInteger.ONE : max.add(BigInteger.ONE);
        } finally {
            ps.close();
        }
    }

    @Override
    public void setBill(Bill bill) {
        this.bill = bill;
    }
}
