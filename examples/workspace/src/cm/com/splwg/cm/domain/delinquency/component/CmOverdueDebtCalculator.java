package com.splwg.cm.domain.delinquency.component;

import java.math.BigDecimal;

import com.splwg.base.api.datatypes.Date;
import com.splwg.ccb.domain.customerinfo.account.Account;

/**
 * Business interface of {@link CmOverdueDebtCalculator_Impl}. The artifact generator derives it
 * from the implementation's public methods; it is kept under source control so that callers
 * compile without a generator run.
 *
 * @author ORMB implementation team
 */
public interface CmOverdueDebtCalculator {

    /** Overdue (in arrears) balance of the account: frozen debt whose arrears date is on or before the date. */
    BigDecimal getOverdueAmount(Account account, Date overdueOnOrBefore);

    /** Number of completed bills of the account that are due on or before the date and have not had a late charge yet. */
    int countUnchargedOverdueBills(Account account, Date overdueOnOrBefore);

    /** Creates the component through the framework's component registry. */
    final class Factory {

        private Factory() {
        }

        public static CmOverdueDebtCalculator newInstance() {
            return new CmOverdueDebtCalculator_Impl();
        }
    }
}
