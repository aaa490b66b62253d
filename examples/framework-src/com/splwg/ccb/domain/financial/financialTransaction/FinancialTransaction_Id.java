package com.splwg.ccb.domain.financial.financialTransaction;

import com.splwg.base.api.datatypes.EntityId;

/**
 * Primary key of {@link FinancialTransaction} (CI_FT).
 */
public final class FinancialTransaction_Id extends EntityId<FinancialTransaction> {

    private static final long serialVersionUID = 1L;

    public FinancialTransaction_Id(String financialTransactionId) {
        super(financialTransactionId);
    }

    @Override
    public FinancialTransaction getEntity() {
        return null;
    }
}
