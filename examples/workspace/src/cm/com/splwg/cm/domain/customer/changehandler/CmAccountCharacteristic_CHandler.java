package com.splwg.cm.domain.customer.changehandler;

import com.splwg.base.api.DataTransferObject;
import com.splwg.base.api.changehandling.AbstractChangeHandler;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.ccb.api.lookup.BillStatusLookup;
import com.splwg.ccb.domain.customerinfo.account.AccountCharacteristic;
import com.splwg.ccb.domain.customerinfo.account.AccountCharacteristic_DTO;
import com.splwg.cm.domain.common.messageRepository.CmMessageRepository;

/**
 * Guards the payment terms characteristic of accounts, which the due date algorithm reads at bill
 * completion: the value must be a whole number of days between 0 and 120, whichever page, BO or
 * upload writes it, and it cannot be removed from an account that has a bill in progress (the
 * pending bill would complete with the default terms).
 *
 * @author ORMB implementation team
 *
@ChangeHandler (entityName = accountCharacteristic)
 */
public class CmAccountCharacteristic_CHandler extends AbstractChangeHandler<AccountCharacteristic> {

    private static final String PAYMENT_TERMS_CHAR_TYPE = "CM-PYTRM";
    private static final int MAX_TERM_DAYS = 120;

    @Override
    public void validateAdd(AccountCharacteristic newEntity) {
        checkTermDays(newEntity);
    }

    @Override
    public void validateChange(AccountCharacteristic changedEntity, DataTransferObject<AccountCharacteristic> oldDTO) {
        String oldValue = ((AccountCharacteristic_DTO) oldDTO).getAdhocCharacteristicValue();
        if (oldValue == null || !oldValue.equals(changedEntity.getAdhocCharacteristicValue())) {
            checkTermDays(changedEntity);
        }
    }

    @Override
    public void validateDelete(AccountCharacteristic entityToDelete) {
        if (!isPaymentTerms(entityToDelete)) {
            return;
        }
        String accountId = entityToDelete.getId().getAccountId().getIdValue();
        PreparedStatement ps = createPreparedStatement("""
                SELECT COUNT(*) AS PENDING_BILLS
                  FROM CI_BILL
                 WHERE ACCT_ID = :acctId
                   AND BILL_STAT_FLG = :pending
                """, "CmAccountCharacteristic_CHandler - pending bills of account");
        try {
            ps.bindString("acctId", accountId, "ACCT_ID");
            ps.bindLookup("pending", BillStatusLookup.constants.PENDING);
            if (ps.firstRow().getInteger("PENDING_BILLS").signum() > 0) {
                addError(CmMessageRepository.invalidPaymentTerms(accountId.trim(), "(removed while a bill is pending)"));
            }
        } finally {
            ps.close();
        }
    }

    private void checkTermDays(AccountCharacteristic characteristic) {
        if (!isPaymentTerms(characteristic)) {
            return;
        }
        String value = characteristic.getAdhocCharacteristicValue();
        String trimmed = value == null ? "" : value.trim();
        if (!trimmed.matches("\\d{1,3}") || Integer.parseInt(trimmed) > MAX_TERM_DAYS) {
            addError(CmMessageRepository.invalidPaymentTerms(characteristic.getId().getAccountId().getTrimmedValue(), trimmed));
        }
    }

    private boolean isPaymentTerms(AccountCharacteristic characteristic) {
        return PAYMENT_TERMS_CHAR_TYPE.equals(characteristic.getId().getCharacteristicTypeId().getTrimmedValue());
    }
}
