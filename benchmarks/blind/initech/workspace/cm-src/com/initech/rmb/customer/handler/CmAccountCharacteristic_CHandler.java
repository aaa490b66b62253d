package com.initech.rmb.customer.handler;

import com.initech.rmb.common.InitechMessages;
import com.splwg.base.api.DataTransferObject;
import com.splwg.base.api.changehandling.AbstractChangeHandler;
import com.splwg.ccb.domain.customerinfo.account.AccountCharacteristic;

/**
 * Change handler on account characteristics (CI_ACCT_CHAR): the counterparty purchase order
 * number (CM-PONBR) must start with "PO-" and the payment terms (CM-TERMS) must be 0-180 days.
 *
 * @ChangeHandler (entityName = accountCharacteristic)
 */
public class CmAccountCharacteristic_CHandler extends AbstractChangeHandler<AccountCharacteristic> {

    private static final String PO_NUMBER_TYPE = "CM-PONBR";
    private static final String PAYMENT_TERMS_TYPE = "CM-TERMS";

    @Override
    public void validateAdd(AccountCharacteristic newEntity) {
        check(newEntity);
    }

    @Override
    public void validateChange(AccountCharacteristic changedEntity, DataTransferObject<AccountCharacteristic> oldDTO) {
        check(changedEntity);
    }

    private void check(AccountCharacteristic characteristic) {
        String type = characteristic.getCharacteristicType().getId().getTrimmedValue();
        String value = characteristic.getAdhocCharacteristicValue();
        if (PO_NUMBER_TYPE.equals(type) && (value == null || !value.trim().startsWith("PO-"))) {
            addError(InitechMessages.message(InitechMessages.COUNTERPARTY_RULE_FAILED,
                    characteristic.getId().getAccountId().getTrimmedValue(), "purchase order numbers start with PO-"));
        }
        if (PAYMENT_TERMS_TYPE.equals(type)) {
            int days;
            try {
                days = Integer.parseInt(value == null ? "" : value.trim());
            } catch (NumberFormatException e) {
                days = -1;
            }
            if (days < 0 || days > 180) {
                addError(InitechMessages.message(InitechMessages.PAYMENT_TERMS_INVALID, value,
                        characteristic.getId().getAccountId().getTrimmedValue()));
            }
        }
    }
}
