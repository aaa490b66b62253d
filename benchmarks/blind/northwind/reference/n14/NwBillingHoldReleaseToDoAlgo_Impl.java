package com.northwind.ormb.ext.accounts.algo;

import java.util.logging.Logger;

import com.northwind.ormb.ext.common.NwConstants;
import com.splwg.base.api.algorithms.AbstractAlgorithmComponent;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.lookup.ToDoEntryStatusLookup;
import com.splwg.base.domain.common.characteristicType.CharacteristicType_Id;
import com.splwg.base.domain.todo.toDoEntry.ToDoEntry;
import com.splwg.base.domain.todo.toDoEntry.ToDoEntry_DTO;
import com.splwg.base.domain.todo.toDoType.ToDoTypeToDoPostProcessAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.account.Account;
import com.splwg.ccb.domain.customerinfo.account.AccountCharacteristic_DTO;
import com.splwg.ccb.domain.customerinfo.account.Account_Id;

/**
 * To Do Type - To Do Post-Processing (NW-BHREV billing hold review): completing the review means
 * the billing team cleared the account, so its billing hold is lifted - a new row of the hold
 * characteristic with value N, effective today, on the account in drill key 1. Open and
 * in-progress entries change nothing.
 *
 * Parameters:
 *   1 billingHoldCharType (characteristic type, required) - account billing hold characteristic
 */
public class NwBillingHoldReleaseToDoAlgo_Impl extends AbstractAlgorithmComponent
        implements ToDoTypeToDoPostProcessAlgorithmSpot {

    private static final Logger LOG = Logger.getLogger(NwBillingHoldReleaseToDoAlgo_Impl.class.getName());

    private ToDoEntry newToDoEntry;

    @Override
    public void invoke() {
        if (newToDoEntry == null
                || !ToDoEntryStatusLookup.constants.COMPLETE.equals(newToDoEntry.getStatus())) {
            return;
        }
        String acctId = newToDoEntry.getDrillKeyValue(1);
        if (isBlankOrNull(acctId)) {
            return;
        }
        Account account = new Account_Id(acctId.trim()).getEntity();
        if (account == null) {
            return;
        }
        String holdCharType = getStringSoftParameter("billingHoldCharType");
        Date today = getProcessDateTime().getDate();

        AccountCharacteristic_DTO dto = account.getCharacteristics().newChildDTO();
        dto.setCharacteristicValue(NwConstants.NO);
        account.getCharacteristics().add(dto, new CharacteristicType_Id(holdCharType), today);
        LOG.info(() -> "Billing hold of account " + acctId.trim() + " lifted after review "
                + newToDoEntry.getId().getTrimmedValue());
    }

    @Override
    public void setNewToDoEntry(ToDoEntry newToDoEntry) {
        this.newToDoEntry = newToDoEntry;
    }

    @Override
    public void setOldToDoEntryDTO(ToDoEntry_DTO oldToDoEntryDTO) {
    }
}
