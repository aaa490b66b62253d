package com.northwind.ormb.ext.accounts.handler;

import java.util.logging.Logger;

import com.northwind.ormb.ext.common.NwMessages;
import com.splwg.base.api.DataTransferObject;
import com.splwg.base.api.changehandling.AbstractChangeHandler;
import com.splwg.ccb.domain.customerinfo.account.AccountCharacteristic;

/**
 * Change handler of account characteristics (CI_ACCT_CHAR): the payment terms characteristic
 * (NW-PTERM) must hold a whole number of days between 7 and 60, as agreed in the I&C supply
 * contract templates. Other characteristic types are not checked.
 */
public class NwAccountCharacteristic_CHandler extends AbstractChangeHandler<AccountCharacteristic> {

    private static final Logger LOG = Logger.getLogger(NwAccountCharacteristic_CHandler.class.getName());

    static final String PAYMENT_TERMS_CHAR_TYPE = "NW-PTERM";

    @Override
    public void validateAdd(AccountCharacteristic newEntity) {
        validate(newEntity);
    }

    @Override
    public void validateChange(AccountCharacteristic changedEntity, DataTransferObject<AccountCharacteristic> oldDTO) {
        validate(changedEntity);
    }

    private void validate(AccountCharacteristic characteristic) {
        String type = characteristic.getId().getCharacteristicTypeId().getTrimmedValue();
        if (!PAYMENT_TERMS_CHAR_TYPE.equals(type)) {
            return;
        }
        String value = characteristic.getAdhocCharacteristicValue();
        String accountId = characteristic.getId().getAccountId().getTrimmedValue();
        try {
            int days = Integer.parseInt(value == null ? "" : value.trim());
            if (days < 7 || days > 60) {
                addError(NwMessages.of(NwMessages.INVALID_PAYMENT_TERMS, accountId, value));
            }
        } catch (NumberFormatException e) {
            LOG.fine(() -> "Payment terms '" + value + "' of account " + accountId + " not numeric");
            addError(NwMessages.of(NwMessages.INVALID_PAYMENT_TERMS, accountId, value));
        }
    }
}
