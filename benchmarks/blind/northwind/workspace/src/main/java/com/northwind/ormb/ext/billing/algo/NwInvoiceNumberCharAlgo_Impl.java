package com.northwind.ormb.ext.billing.algo;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.logging.Logger;

import com.northwind.ormb.ext.common.NwMessages;
import com.splwg.base.api.algorithms.AbstractAlgorithmComponent;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.base.domain.common.characteristicType.CharacteristicType_Id;
import com.splwg.ccb.domain.admin.customerClass.CustomerClassPostBillCompletionAlgorithmSpot;
import com.splwg.ccb.domain.billing.bill.Bill;
import com.splwg.ccb.domain.billing.bill.BillCharacteristic_DTO;

/**
 * Customer Class - Post-Bill Completion: gives every completed bill its legal (gap-free) invoice
 * number. The next number of the account's division is taken from CM_INV_NBR_SEQ and stamped on
 * the bill as an ad hoc characteristic, e.g. "NWUK-000004711". Credit notes get a number too.
 *
 * Parameters:
 *   1 invoiceNumberCharType (characteristic type, required) - ad hoc bill characteristic that
 *     holds the invoice number
 *   2 numberLength (integer, optional, default 9) - digits of the number after the prefix
 *
 * Ticket NWE-ORMB-0142.
 */
public class NwInvoiceNumberCharAlgo_Impl extends AbstractAlgorithmComponent
        implements CustomerClassPostBillCompletionAlgorithmSpot {

    private static final Logger LOG = Logger.getLogger(NwInvoiceNumberCharAlgo_Impl.class.getName());

    private Bill bill;

    @Override
    public void invoke() {
        String charTypeCd = getStringSoftParameter("invoiceNumberCharType");
        BigInteger numberLength = getIntegerSoftParameter("numberLength");
        int digits = numberLength == null ? 9 : numberLength.intValue();
        String division = bill.getAccount().getDivision().getId().getIdValue();

        String prefix = null;
        BigDecimal last = null;
        PreparedStatement ps = createPreparedStatement("""
                SELECT INV_PREFIX, LAST_INV_NBR
                  FROM CM_INV_NBR_SEQ
                 WHERE CIS_DIVISION = :division
                """, "NwInvoiceNumberCharAlgo - read invoice sequence");
        try {
            ps.bindString("division", division, "CIS_DIVISION");
            for (SQLResultRow row : ps.list()) {
                prefix = row.getString("INV_PREFIX");
                last = row.getBigDecimal("LAST_INV_NBR");
            }
        } finally {
            ps.close();
        }
        if (prefix == null) {
            addError(NwMessages.of(NwMessages.NO_INVOICE_SEQUENCE, division.trim()));
        }

        BigDecimal next = last.add(BigDecimal.ONE);
        PreparedStatement upd = createPreparedStatement("""
                UPDATE CM_INV_NBR_SEQ
                   SET LAST_INV_NBR = :next,
                       VERSION = VERSION + 1
                 WHERE CIS_DIVISION = :division
                """, "NwInvoiceNumberCharAlgo - advance invoice sequence");
        try {
            upd.bindBigDecimal("next", next);
            upd.bindString("division", division, "CIS_DIVISION");
            upd.executeUpdate();
        } finally {
            upd.close();
        }

        String number = String.format("%s-%0" + digits + "d", prefix.trim(), next.longValue());
        BillCharacteristic_DTO dto = bill.getCharacteristics().newChildDTO();
        dto.setAdhocCharacteristicValue(number);
        bill.getCharacteristics().add(dto, new CharacteristicType_Id(charTypeCd), BigInteger.ONE);
        LOG.info(() -> "Bill " + bill.getId().getTrimmedValue() + " got invoice number " + number);
    }

    @Override
    public void setBill(Bill bill) {
        this.bill = bill;
    }
}
