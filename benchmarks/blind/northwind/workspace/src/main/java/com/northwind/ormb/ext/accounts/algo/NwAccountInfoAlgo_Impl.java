package com.northwind.ormb.ext.accounts.algo;

import java.util.logging.Logger;

import com.splwg.base.api.algorithms.AbstractAlgorithmComponent;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.domain.common.installation.InstallationAccountInformationAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.account.Account;

/**
 * Installation - Account Information: "&lt;account holder name&gt; (&lt;customer class&gt;)
 * &lt;feed account number&gt;", e.g. "Smith,John (RESI) 1900012345678". The account holder is the
 * main customer's primary name; the feed account number is the C1_F_ANO identifier (omitted when
 * the account has none).
 *
 * Parameters:
 *   1 accountNumberType (string, optional, default C1_F_ANO) - account identifier type shown
 */
public class NwAccountInfoAlgo_Impl extends AbstractAlgorithmComponent
        implements InstallationAccountInformationAlgorithmSpot {

    private static final Logger LOG = Logger.getLogger(NwAccountInfoAlgo_Impl.class.getName());

    private Account account;
    private String info;

    @Override
    public void invoke() {
        String nbrType = getStringSoftParameter("accountNumberType");
        if (isBlankOrNull(nbrType)) {
            nbrType = "C1_F_ANO";
        }
        String acctId = account.getId().getIdValue();

        String name = null;
        PreparedStatement ps = createPreparedStatement("""
                SELECT N.ENTITY_NAME
                  FROM CI_ACCT_PER AP, CI_PER_NAME N
                 WHERE AP.ACCT_ID = :acctId
                   AND AP.MAIN_CUST_SW = 'Y'
                   AND N.PER_ID = AP.PER_ID
                   AND N.PRIM_NAME_SW = 'Y'
                """, "NwAccountInfoAlgo - main customer name");
        try {
            ps.bindString("acctId", acctId, "ACCT_ID");
            for (SQLResultRow row : ps.list()) {
                name = row.getString("ENTITY_NAME");
                break;
            }
        } finally {
            ps.close();
        }

        String number = null;
        PreparedStatement nbr = createPreparedStatement("""
                SELECT ACCT_NBR
                  FROM CI_ACCT_NBR
                 WHERE ACCT_ID = :acctId
                   AND ACCT_NBR_TYPE_CD = :nbrType
                """, "NwAccountInfoAlgo - external account number");
        try {
            nbr.bindString("acctId", acctId, "ACCT_ID");
            nbr.bindString("nbrType", nbrType, "ACCT_NBR_TYPE_CD");
            for (SQLResultRow row : nbr.list()) {
                number = row.getString("ACCT_NBR");
                break;
            }
        } finally {
            nbr.close();
        }

        StringBuilder sb = new StringBuilder(name == null ? acctId.trim() : name.trim());
        sb.append(" (").append(account.getCustomerClass().getId().getTrimmedValue()).append(')');
        if (notBlank(number)) {
            sb.append(' ').append(number.trim());
        }
        info = sb.toString();
        LOG.finest(() -> "Account info " + info);
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
