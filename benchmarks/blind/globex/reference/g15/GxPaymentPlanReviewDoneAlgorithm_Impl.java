package com.globex.cm.todo.algorithm;

import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.lookup.ToDoEntryStatusLookup;
import com.splwg.base.domain.todo.toDoEntry.ToDoEntry;
import com.splwg.base.domain.todo.toDoEntry.ToDoEntry_DTO;
import com.splwg.base.domain.todo.toDoType.ToDoTypeToDoPostProcessAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.account.Account;
import com.splwg.ccb.domain.customerinfo.account.AccountCharacteristic;
import com.splwg.ccb.domain.customerinfo.account.AccountCharacteristic_DTO;
import com.splwg.ccb.domain.customerinfo.account.AccountCharacteristic_Id;
import com.splwg.ccb.domain.customerinfo.account.Account_Id;

/**
 * Globex Telecom - To Do Post-Processing on the payment plan review To Do type (GX-PPREV): when
 * the entry is completed, the review date is stamped on the account of drill key 1 (ad hoc
 * characteristic yyyy-MM-dd, effective today).
 *
 * @author Globex ORMB team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (entityName = characteristicType, name = reviewDateCharType, required = true, type = entity)})
 */
public class GxPaymentPlanReviewDoneAlgorithm_Impl extends GxPaymentPlanReviewDoneAlgorithm_Gen
        implements ToDoTypeToDoPostProcessAlgorithmSpot {

    private ToDoEntry newToDoEntry;
    private ToDoEntry_DTO oldToDoEntryDTO;

    @Override
    public void invoke() {
        if (newToDoEntry == null || !ToDoEntryStatusLookup.constants.COMPLETE.equals(newToDoEntry.getStatus())) {
            return;
        }
        if (oldToDoEntryDTO != null && ToDoEntryStatusLookup.constants.COMPLETE.equals(oldToDoEntryDTO.getStatus())) {
            return;
        }
        String accountId = newToDoEntry.getDrillKeyValue(1);
        if (isBlankOrNull(accountId)) {
            return;
        }
        Account account = new Account_Id(accountId.trim()).getEntity();
        if (account == null) {
            return;
        }
        Date today = getProcessDateTime().getDate();
        AccountCharacteristic existing = account.getEffectiveCharacteristic(getReviewDateCharType(), today);
        if (existing != null && existing.getId().getEffectiveDate().equals(today)) {
            AccountCharacteristic_DTO dto = existing.getDTO();
            dto.setAdhocCharacteristicValue(today.toString());
            existing.setDTO(dto);
            return;
        }
        AccountCharacteristic_DTO dto = createDTO(AccountCharacteristic.class);
        dto.setId(new AccountCharacteristic_Id(account.getId(), getReviewDateCharType().getId(), today));
        dto.setAdhocCharacteristicValue(today.toString());
        dto.newEntity();
    }

    @Override
    public void setNewToDoEntry(ToDoEntry newToDoEntry) {
        this.newToDoEntry = newToDoEntry;
    }

    @Override
    public void setOldToDoEntryDTO(ToDoEntry_DTO oldToDoEntryDTO) {
        this.oldToDoEntryDTO = oldToDoEntryDTO;
    }
}
