package com.splwg.ccb.domain.customerinfo.account;

import com.splwg.base.api.ChildCollection;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.domain.common.characteristicType.CharacteristicType_Id;

/**
 * Characteristics of a account (CI_ACCT_CHAR).
 */
public interface AccountCharacteristics extends ChildCollection<AccountCharacteristic> {

    /** An empty DTO for a new characteristic row of this owner. */
    AccountCharacteristic_DTO newChildDTO();

    /**
     * Adds the row described by {@code dto} under the given characteristic type and key part and
     * returns the new child.
     */
    AccountCharacteristic add(AccountCharacteristic_DTO dto, CharacteristicType_Id characteristicTypeId, Date effectiveDate);
}
