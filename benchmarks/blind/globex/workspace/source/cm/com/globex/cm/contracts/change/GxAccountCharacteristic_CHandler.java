package com.globex.cm.contracts.change;

import com.globex.cm.common.messages.GxMessageRepository;
import com.splwg.base.api.DataTransferObject;
import com.splwg.base.api.changehandling.AbstractChangeHandler;
import com.splwg.ccb.domain.customerinfo.account.AccountCharacteristic;

/**
 * Globex Telecom - change handler on account characteristics: the switch-like characteristic
 * types (dunning exempt, paper bill, billing hold) only accept Y or N.
 *
 * @author Globex ORMB team (A. Brandt)
 *
@ChangeHandler (entityName = accountCharacteristic)
 */
public class GxAccountCharacteristic_CHandler extends AbstractChangeHandler<AccountCharacteristic> {

    private static final String[] SWITCH_CHAR_TYPES = {"GX-DUNEX", "GX-PAPER", "GX-BLHLD"};

    @Override
    public void validateAdd(AccountCharacteristic newEntity) {
        check(newEntity);
    }

    @Override
    public void validateChange(AccountCharacteristic changedEntity, DataTransferObject<AccountCharacteristic> oldDTO) {
        check(changedEntity);
    }

    private void check(AccountCharacteristic c) {
        String type = c.getId().getCharacteristicTypeId().getTrimmedValue();
        for (String t : SWITCH_CHAR_TYPES) {
            if (t.equals(type)) {
                String v = c.getCharacteristicValue() == null ? "" : c.getCharacteristicValue().trim();
                if (!"Y".equals(v) && !"N".equals(v)) {
                    addError(GxMessageRepository.invalidSwitchValue(type, v));
                }
            }
        }
    }
}
