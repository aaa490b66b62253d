package com.globex.cm.billing.algorithm;

import java.math.BigDecimal;
import java.math.BigInteger;

import com.globex.cm.common.GxSql;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.ccb.domain.admin.customerClass.CustomerClassPostBillCompletionAlgorithmSpot;
import com.splwg.ccb.domain.billing.bill.Bill;
import com.splwg.ccb.domain.billing.bill.BillCharacteristic_DTO;

/**
 * Globex Telecom - Post-Bill Completion: bills whose total is above {@code highValueThreshold}
 * get the high value flag (bill characteristic value Y) for the printing vendor.
 *
 * @author Globex ORMB team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = highValueThreshold, required = true, type = decimal)
 *            , @AlgorithmSoftParameter (entityName = characteristicType, name = highValueCharType, required = true, type = entity)})
 */
public class GxHighValueBillFlagAlgorithm_Impl extends GxHighValueBillFlagAlgorithm_Gen
        implements CustomerClassPostBillCompletionAlgorithmSpot {

    private Bill bill;

    @Override
    public void invoke() {
        PreparedStatement ps = createPreparedStatement(
                "SELECT SUM(C.CALC_AMT) AS TOTAL FROM CI_BSEG_CALC C, CI_BSEG S "
                        + "WHERE C.BSEG_ID = S.BSEG_ID AND S.BILL_ID = :billId",
                "GxHighValueBillFlag - bill total");
        ps.bindId("billId", bill.getId());
        BigDecimal total = GxSql.firstDecimal(ps, "TOTAL");
        if (total.compareTo(getHighValueThreshold()) <= 0) {
            return;
        }
        BillCharacteristic_DTO dto = bill.getCharacteristics().newChildDTO();
        dto.setCharacteristicValue("Y");
        bill.getCharacteristics().add(dto, getHighValueCharType().getId(), BigInteger.ONE);
    }

    @Override
    public void setBill(Bill bill) {
        this.bill = bill;
    }
}
