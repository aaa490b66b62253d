package com.globex.cm.contracts.algorithm;

import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.lookup.ToDoEntryStatusLookup;
import com.splwg.base.domain.todo.toDoEntry.ToDoEntry;
import com.splwg.base.domain.todo.toDoEntry.ToDoEntry_DTO;
import com.splwg.ccb.domain.admin.serviceAgreementType.SaTypeSaStopAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreementCharacteristic;

/**
 * Globex Telecom - SA Stop: a contract stopped before its commitment end date (ad hoc
 * characteristic yyyy-MM-dd) goes to the win-back team with a retention To Do.
 *
 * @author Globex ORMB team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (entityName = characteristicType, name = commitmentEndCharType, required = true, type = entity)
 *            , @AlgorithmSoftParameter (entityName = toDoType, name = retentionToDoType, required = true, type = entity)
 *            , @AlgorithmSoftParameter (name = retentionRole, required = true, type = string)})
 */
public class GxRetentionToDoOnStopAlgorithm_Impl extends GxRetentionToDoOnStopAlgorithm_Gen
        implements SaTypeSaStopAlgorithmSpot {

    private ServiceAgreement serviceAgreement;
    private Date stopDate;

    @Override
    public void invoke() {
        ServiceAgreementCharacteristic commitment = serviceAgreement.getEffectiveCharacteristic(getCommitmentEndCharType());
        if (commitment == null || isBlankOrNull(commitment.getAdhocCharacteristicValue())) {
            return;
        }
        String[] p = commitment.getAdhocCharacteristicValue().trim().split("-");
        Date commitmentEnd = new Date(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
        Date stop = stopDate != null ? stopDate : getProcessDateTime().getDate();
        if (!stop.isBefore(commitmentEnd)) {
            return;
        }
        ToDoEntry_DTO toDo = createDTO(ToDoEntry.class);
        toDo.setToDoTypeId(getRetentionToDoType().getId());
        toDo.setStatus(ToDoEntryStatusLookup.constants.OPEN);
        toDo.setRoleId(getRetentionRole());
        toDo.setCreationDateTime(getProcessDateTime());
        toDo.setComments("Contract " + serviceAgreement.getId().getTrimmedValue() + " stopped " + stop
                + " before commitment end " + commitmentEnd);
        toDo.newEntity();
    }

    @Override
    public void setServiceAgreement(ServiceAgreement serviceAgreement) {
        this.serviceAgreement = serviceAgreement;
    }

    @Override
    public void setStopDate(Date stopDate) {
        this.stopDate = stopDate;
    }
}
