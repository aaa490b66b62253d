package com.globex.cm.billing.algorithm;

import java.math.BigDecimal;
import java.math.BigInteger;

import com.globex.cm.common.messages.GxMessageRepository;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.domain.admin.customerClass.CustomerClassPostBillCompletionAlgorithmSpot;
import com.splwg.ccb.domain.billing.bill.Bill;
import com.splwg.ccb.domain.billing.bill.BillCharacteristic;
import com.splwg.ccb.domain.billing.bill.BillCharacteristic_DTO;
import com.splwg.ccb.domain.billing.bill.BillCharacteristic_Id;

/**
 * Globex Telecom - Post-Bill Completion: assigns the legal invoice number (prefix + 8 digits,
 * e.g. GXI-00001234) from CM_INV_SEQ of the account's division and stores it as an ad hoc bill
 * characteristic.
 *
 * @author Globex ORMB team (J. Osei)
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (entityName = characteristicType, name = invoiceNumberCharType, required = true, type = entity)})
 */
public class GxInvoiceNumberCharAlgorithm_Impl extends GxInvoiceNumberCharAlgorithm_Gen
        implements CustomerClassPostBillCompletionAlgorithmSpot {

    private Bill bill;

    @Override
    public void invoke() {
        String division = bill.getAccount().getDivision().getId().getTrimmedValue();

        PreparedStatement sel = createPreparedStatement(
                "SELECT INV_PREFIX, LAST_INV_NBR FROM CM_INV_SEQ WHERE CIS_DIVISION = :division",
                "GxInvoiceNumberChar - read sequence");
        String prefix;
        BigDecimal next;
        try {
            sel.bindString("division", division, "CIS_DIVISION");
            SQLResultRow row = sel.firstRow();
            if (row == null) {
                addError(GxMessageRepository.noInvoiceSequence(division));
            }
            prefix = row.getString("INV_PREFIX").trim();
            next = row.getBigDecimal("LAST_INV_NBR").add(BigDecimal.ONE);
        } finally {
            sel.close();
        }

        PreparedStatement upd = createPreparedStatement(
                "UPDATE CM_INV_SEQ SET LAST_INV_NBR = :nbr, VERSION = VERSION + 1 WHERE CIS_DIVISION = :division",
                "GxInvoiceNumberChar - bump sequence");
        try {
            upd.bindBigDecimal("nbr", next);
            upd.bindString("division", division, "CIS_DIVISION");
            upd.executeUpdate();
        } finally {
            upd.close();
        }

        String invoiceNumber = prefix + String.format("%08d", next.longValue());
        BillCharacteristic_DTO dto = createDTO(BillCharacteristic.class);
        dto.setId(new BillCharacteristic_Id(bill.getId(), getInvoiceNumberCharType().getId(), BigInteger.ONE));
        dto.setAdhocCharacteristicValue(invoiceNumber);
        dto.newEntity();
    }

    @Override
    public void setBill(Bill bill) {
        this.bill = bill;
    }
}
