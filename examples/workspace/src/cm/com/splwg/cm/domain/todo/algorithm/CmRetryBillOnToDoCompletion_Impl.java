package com.splwg.cm.domain.todo.algorithm;

import com.splwg.base.api.Query;
import com.splwg.base.api.lookup.ToDoEntryStatusLookup;
import com.splwg.base.api.serviceScript.ServiceScriptDispatcher;
import com.splwg.base.api.serviceScript.ServiceScriptInstance;
import com.splwg.base.domain.todo.toDoEntry.ToDoEntry;
import com.splwg.base.domain.todo.toDoEntry.ToDoEntry_DTO;
import com.splwg.base.domain.todo.toDoType.ToDoTypeToDoPostProcessAlgorithmSpot;
import com.splwg.ccb.api.lookup.BillSegmentStatusLookup;
import com.splwg.ccb.api.lookup.BillStatusLookup;
import com.splwg.ccb.domain.billing.bill.Bill;
import com.splwg.ccb.domain.billing.bill.Bill_Id;
import com.splwg.cm.domain.common.messageRepository.CmMessageRepository;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Saves billing operations a click: when a user completes a "bill in error" To Do, the bill named
 * in its first drill key is completed again through the CM-RetryBillCompletion service script.
 * A user cannot complete the entry while segments of the bill are still in error - the change is
 * rejected with the number of segments left to fix.
 *
 * Plugged on the To Do Type used by the bill error To Do (e.g. CM-BILLERR), To Do Post-Processing.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = retryScript, type = string)})
 */
public class CmRetryBillOnToDoCompletion_Impl extends CmRetryBillOnToDoCompletion_Gen
        implements ToDoTypeToDoPostProcessAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmRetryBillOnToDoCompletion_Impl.class);

    private static final String DEFAULT_RETRY_SCRIPT = "CM-RetryBillCompletion";

    private ToDoEntry newToDoEntry;
    private ToDoEntry_DTO oldToDoEntryDTO;

    @Override
    public void invoke() {
        boolean justCompleted = ToDoEntryStatusLookup.constants.COMPLETE.equals(newToDoEntry.getStatus())
                && (isNull(oldToDoEntryDTO) || !ToDoEntryStatusLookup.constants.COMPLETE.equals(oldToDoEntryDTO.getStatus()));
        if (!justCompleted) {
            return;
        }

        String billId = newToDoEntry.getDrillKeyValue(1);
        if (isBlankOrNull(billId)) {
            return;
        }
        Bill bill = new Bill_Id(billId.trim()).getEntity();
        if (isNull(bill) || BillStatusLookup.constants.COMPLETE.equals(bill.getBillStatus())) {
            logger.debug("To Do " + newToDoEntry.getId().getTrimmedValue() + ": bill " + billId.trim() + " already complete or gone");
            return;
        }

        Query<Long> errors = createQuery(
                "from BillSegment bs where bs.bill = :bill and bs.billSegmentStatus = :error",
                "CmRetryBillOnToDoCompletion - segments still in error");
        errors.bindEntity("bill", bill);
        errors.bindLookup("error", BillSegmentStatusLookup.constants.ERROR);
        long inError = errors.listSize();
        if (inError > 0) {
            addError(CmMessageRepository.billHasSegmentsInError(bill.getId().getTrimmedValue(), (int) inError));
        }

        ServiceScriptInstance retry = ServiceScriptInstance.create(isBlankOrNull(getRetryScript()) ? DEFAULT_RETRY_SCRIPT : getRetryScript().trim());
        retry.set("billId", bill.getId().getIdValue());
        retry.set("toDoEntryId", newToDoEntry.getId().getIdValue());
        retry = ServiceScriptDispatcher.invoke(retry);
        logger.info("Bill " + bill.getId().getTrimmedValue() + " resubmitted for completion after To Do "
                + newToDoEntry.getId().getTrimmedValue() + ": " + retry.getString("billStatus"));
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
