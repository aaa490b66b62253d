package com.splwg.cm.domain.delinquency.component;

import java.math.BigDecimal;

import com.splwg.base.api.GenericBusinessComponent;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.api.lookup.BillStatusLookup;
import com.splwg.ccb.domain.customerinfo.account.Account;

/**
 * Works out how much an account owes past its due dates, so that late payment charges, dunning
 * letters and the collection hold all age debt the same way. Debt is aged on the financial
 * transactions' arrears date (CI_FT.ARS_DT); transactions flagged as not in arrears (disputed
 * amounts, deposits) are left out.
 *
 * @author ORMB implementation team
 *
@BusinessComponent (customizationReplaceable = true, customizationCallable = true)
 */
public class CmOverdueDebtCalculator_Impl extends GenericBusinessComponent implements CmOverdueDebtCalculator {

    private static final String OVERDUE_DEBT_SQL = """
            SELECT NVL(SUM(FT.CUR_AMT), 0) AS OVERDUE_AMT
              FROM CI_SA SA, CI_FT FT
             WHERE SA.ACCT_ID = :acctId
               AND FT.SA_ID = SA.SA_ID
               AND FT.FREEZE_SW = 'Y'
               AND FT.NOT_IN_ARRS_SW = 'N'
               AND FT.ARS_DT <= :overdueDate
            """;

    private static final String UNCHARGED_BILLS_SQL = """
            SELECT COUNT(*) AS BILL_COUNT
              FROM CI_BILL B
             WHERE B.ACCT_ID = :acctId
               AND B.BILL_STAT_FLG = :complete
               AND B.DUE_DT <= :overdueDate
               AND B.LATE_PAY_CHARGE_SW = 'N'
            """;

    @Override
    public BigDecimal getOverdueAmount(Account account, Date overdueOnOrBefore) {
        PreparedStatement ps = createPreparedStatement(OVERDUE_DEBT_SQL, "CmOverdueDebtCalculator - overdue balance");
        try {
            ps.bindId("acctId", account.getId());
            ps.bindDate("overdueDate", overdueOnOrBefore);
            SQLResultRow row = ps.firstRow();
            return row == null || row.getBigDecimal("OVERDUE_AMT") == null ? BigDecimal.ZERO : row.getBigDecimal("OVERDUE_AMT");
        } finally {
            ps.close();
        }
    }

    @Override
    public int countUnchargedOverdueBills(Account account, Date overdueOnOrBefore) {
        PreparedStatement ps = createPreparedStatement(UNCHARGED_BILLS_SQL, "CmOverdueDebtCalculator - overdue bills without late charge");
        try {
            ps.bindId("acctId", account.getId());
            ps.bindLookup("complete", BillStatusLookup.constants.COMPLETE);
            ps.bindDate("overdueDate", overdueOnOrBefore);
            return ps.firstRow().getInteger("BILL_COUNT").intValue();
        } finally {
            ps.close();
        }
    }
}
