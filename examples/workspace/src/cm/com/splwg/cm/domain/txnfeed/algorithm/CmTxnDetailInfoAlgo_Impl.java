package com.splwg.cm.domain.txnfeed.algorithm;

import java.math.BigDecimal;

import com.splwg.base.api.businessObject.BusinessObjectInstance;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.base.domain.common.businessObject.BusinessObjectInfoAlgorithmSpot;

/**
 * Builds the one-line description of a transaction shown in the transaction portal and search:
 * external reference, account number, amount and currency, status, and the price items it was
 * priced under.
 *
 * Plugged on the transaction detail business object (C1-TxnDetail), Information event.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent ()
 */
public class CmTxnDetailInfoAlgo_Impl extends CmTxnDetailInfoAlgo_Gen implements BusinessObjectInfoAlgorithmSpot {

    private BusinessObjectInstance txn;
    private String info;

    @Override
    public void invoke() {
        StringBuilder sb = new StringBuilder();
        sb.append(txn.getString("externalTransactionNumber"))
                .append(" - ").append(txn.getString("accountIdentifier"));
        BigDecimal amount = txn.getNumber("transactionAmount");
        if (notNull(amount)) {
            sb.append(" - ").append(amount.toPlainString()).append(' ').append(txn.getString("currency"));
        }
        sb.append(" - ").append(txn.getStatus());

        PreparedStatement ps = createPreparedStatement(
                "SELECT LISTAGG(TRIM(PRICEITEM_CD), ', ') WITHIN GROUP (ORDER BY PRICEITEM_CD) AS PRICE_ITEMS "
                + "FROM CI_TXN_DTL_PRITM WHERE TXN_DETAIL_ID = :txnId",
                "CmTxnDetailInfo - price items of transaction");
        try {
            ps.bindString("txnId", txn.getString("txnDetailId"), "TXN_DETAIL_ID");
            SQLResultRow row = ps.firstRow();
            if (notNull(row) && notBlank(row.getString("PRICE_ITEMS"))) {
                sb.append(" (").append(row.getString("PRICE_ITEMS")).append(')');
            }
        } finally {
            ps.close();
        }
        info = sb.toString();
    }

    @Override
    public void setBusinessObjectInstance(BusinessObjectInstance businessObjectInstance) {
        this.txn = businessObjectInstance;
    }

    @Override
    public String getInfo() {
        return info;
    }
}
