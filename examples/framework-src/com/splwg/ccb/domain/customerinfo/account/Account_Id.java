package com.splwg.ccb.domain.customerinfo.account;

import com.splwg.base.api.datatypes.EntityId;

/**
 * Primary key of {@link Account} (CI_ACCT).
 */
public final class Account_Id extends EntityId<Account> {

    private static final long serialVersionUID = 1L;

    public Account_Id(String accountId) {
        super(accountId);
    }

    @Override
    public Account getEntity() {
        return null;
    }
}
