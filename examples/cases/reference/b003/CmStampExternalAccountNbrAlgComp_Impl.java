package com.splwg.cm.domain.billing.algorithm;

import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.domain.admin.customerClass.CustomerClassPostBillCompletionAlgorithmSpot;
import com.splwg.ccb.domain.billing.bill.Bill;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Puts the customer's external account number on every completed invoice as a bill
 * characteristic, so the print vendor and the ERP interface can show the customer's own reference.
 * Accounts without an external number of the configured type are left alone.
 *
 * Plugged on the Customer Class, Post-Bill Completion event.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (entityName = characteristicType, name = externalAccountNumberCharType, required = true, type = entity)
 *            , @AlgorithmSoftParameter (name = accountNumberType, required = true, type = string)})
 */
public class CmStampExternalAccountNbrAlgComp_Impl extends CmStampExternalAccountNbrAlgComp_Gen
        implements CustomerClassPostBillCompletionAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmStampExternalAccountNbrAlgComp_Impl.class);

    private static final String ACCOUNT_NUMBER_SQL =
            "SELECT N.ACCT_NBR FROM CI_ACCT_NBR N WHERE N.ACCT_ID = :acctId AND N.ACCT_NBR_TYPE_CD = :nbrType";

    private static final String INSERT_CHAR_SQL = """
            INSERT INTO CI_BILL_CHAR (BILL_ID, CHAR_TYPE_CD, SEQ_NUM, CHAR_VAL, ADHOC_CHAR_VAL, SRCH_CHAR_VAL, VERSION)
            SELECT :billId, :charType, NVL(MAX(SEQ_NUM), 0) + 1, ' ', :value, UPPER(:value), 1
              FROM CI_BILL_CHAR
             WHERE BILL_ID = :billId
               AND CHAR_TYPE_CD = :charType
            """;

    private Bill bill;

    @Override
    public void invoke() {
        String externalNumber = null;
        PreparedStatement ps = createPreparedStatement(ACCOUNT_NUMBER_SQL, "CmStampExternalAccountNbr - external account number");
        try {
            ps.bindId("acctId", bill.getAccount().getId());
            ps.bindString("nbrType", getAccountNumberType(), "ACCT_NBR_TYPE_CD");
            SQLResultRow row = ps.firstRow();
            if (notNull(row) && notBlank(row.getString("ACCT_NBR"))) {
                externalNumber = row.getString("ACCT_NBR").trim();
            }
        } finally {
            ps.close();
        }
        if (isBlankOrNull(externalNumber)) {
            logger.debug("Account of bill " + bill.getId().getTrimmedValue() + " has no " + getAccountNumberType() + " number");
            return;
        }

        PreparedStatement insert = createPreparedStatement(INSERT_CHAR_SQL, "CmStampExternalAccountNbr - add bill characteristic");
        try {
            insert.bindId("billId", bill.getId());
            insert.bindEntity("charType", getExternalAccountNumberCharType());
            insert.bindString("value", externalNumber, "ADHOC_CHAR_VAL");
            insert.executeUpdate();
        } finally {
            insert.close();
        }
        logger.info("External account number " + externalNumber + " stamped on bill " + bill.getId().getTrimmedValue());
    }

    @Override
    public void setBill(Bill bill) {
        this.bill = bill;
    }
}
