package com.initech.rmb.customer.spot;

import com.initech.rmb.common.InitechAlgorithm;
import com.initech.rmb.common.SoftParams;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.domain.common.installation.InstallationAccountInformationAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.account.Account;

/**
 * Installation - Account Information (CM-ACCTINFO). "Main customer name - customer class - external
 * account number" for search results and the counterparty dashboard.
 */
@SoftParams({"externalNumberType:string"})
public class CmAccountInfoString_Impl extends InitechAlgorithm implements InstallationAccountInformationAlgorithmSpot {

    private static final String SQL_MAIN_NAME =
            "SELECT N.ENTITY_NAME FROM CI_ACCT_PER AP, CI_PER_NAME N "
            + "WHERE AP.ACCT_ID = :acctId AND AP.MAIN_CUST_SW = 'Y' "
            + "AND N.PER_ID = AP.PER_ID AND N.PRIM_NAME_SW = 'Y'";

    private static final String SQL_EXT_NUMBER =
            "SELECT ACCT_NBR FROM CI_ACCT_NBR WHERE ACCT_ID = :acctId AND ACCT_NBR_TYPE_CD = :nbrType";

    private Account account;
    private String info;

    @Override
    public void invoke() {
        StringBuilder sb = new StringBuilder();
        PreparedStatement ps = sql(SQL_MAIN_NAME);
        try {
            ps.bindId("acctId", account.getId());
            SQLResultRow row = ps.firstRow();
            sb.append(row == null ? "(no main customer)" : row.getString("ENTITY_NAME").trim());
        } finally {
            ps.close();
        }
        sb.append(" - ").append(account.getCustomerClass().getId().getTrimmedValue());
        String nbrType = param("externalNumberType");
        if (nbrType != null) {
            PreparedStatement nbr = sql(SQL_EXT_NUMBER);
            try {
                nbr.bindId("acctId", account.getId());
                nbr.bindString("nbrType", nbrType, "ACCT_NBR_TYPE_CD");
                SQLResultRow row = nbr.firstRow();
                if (row != null) {
                    sb.append(" - ").append(row.getString("ACCT_NBR").trim());
                }
            } finally {
                nbr.close();
            }
        }
        info = sb.toString();
    }

    @Override
    public void setAccount(Account account) {
        this.account = account;
    }

    @Override
    public String getAccountInfo() {
        return info;
    }
}
