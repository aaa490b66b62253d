package com.splwg.ccb.domain.customerinfo.account;

import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.datatypes.EntityId;
import com.splwg.base.domain.common.characteristicType.CharacteristicType;
import com.splwg.base.domain.common.characteristicType.CharacteristicType_Id;

/**
 * Composite primary key of {@link AccountCharacteristic} (CI_ACCT_CHAR).
 */
public final class AccountCharacteristic_Id extends EntityId<AccountCharacteristic> {

    private static final long serialVersionUID = 1L;

    private final Account_Id accountId;
    private final CharacteristicType_Id characteristicTypeId;
    private final Date effectiveDate;

    public AccountCharacteristic_Id(Account_Id accountId, CharacteristicType_Id characteristicTypeId, Date effectiveDate) {
        super(accountId.getIdValue() + "|" + characteristicTypeId.getIdValue() + "|" + String.valueOf(effectiveDate));
        this.accountId = accountId;
        this.characteristicTypeId = characteristicTypeId;
        this.effectiveDate = effectiveDate;
    }

    public AccountCharacteristic_Id(Account account, CharacteristicType characteristicType, Date effectiveDate) {
        this(account.getId(), characteristicType.getId(), effectiveDate);
    }

    public Account_Id getAccountId() {
        return accountId;
    }

    public CharacteristicType_Id getCharacteristicTypeId() {
        return characteristicTypeId;
    }

    public Date getEffectiveDate() {
        return effectiveDate;
    }

    @Override
    public AccountCharacteristic getEntity() {
        return null;
    }
}
