package com.splwg.base.domain.common.currency;

import com.splwg.base.api.datatypes.EntityId;

/**
 * Primary key of {@link Currency} (CI_CURRENCY_CD).
 */
public final class Currency_Id extends EntityId<Currency> {

    private static final long serialVersionUID = 1L;

    public Currency_Id(String currencyId) {
        super(currencyId);
    }

    @Override
    public Currency getEntity() {
        return null;
    }
}
