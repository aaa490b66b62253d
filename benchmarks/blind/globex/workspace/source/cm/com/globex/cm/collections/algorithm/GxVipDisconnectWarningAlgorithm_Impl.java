package com.globex.cm.collections.algorithm;

import com.splwg.base.api.lookup.ToDoEntryStatusLookup;
import com.splwg.base.domain.todo.toDoEntry.ToDoEntry;
import com.splwg.base.domain.todo.toDoEntry.ToDoEntry_DTO;
import com.splwg.ccb.domain.admin.customerContactType.CollectionActionAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.person.Person;
import com.splwg.ccb.domain.customerinfo.person.PersonCharacteristic;
import com.splwg.ccb.domain.customerinfo.person.Person_Id;

/**
 * Globex Telecom - Customer Contact Type action for disconnect warnings (GXDISCWN): when the
 * person is a VIP (predefined characteristic value Y), the account manager gets a To Do so that
 * the customer is phoned before the suspension.
 *
 * @author Globex ORMB team (M. Lindqvist)
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (entityName = characteristicType, name = vipCharType, required = true, type = entity)
 *            , @AlgorithmSoftParameter (entityName = toDoType, name = vipToDoType, required = true, type = entity)
 *            , @AlgorithmSoftParameter (name = accountManagerRole, required = true, type = string)})
 */
public class GxVipDisconnectWarningAlgorithm_Impl extends GxVipDisconnectWarningAlgorithm_Gen
        implements CollectionActionAlgorithmSpot {

    private String contactId;
    private String personId;

    @Override
    public void invoke() {
        Person person = new Person_Id(personId).getEntity();
        if (person == null) {
            return;
        }
        PersonCharacteristic vip = person.getEffectiveCharacteristic(getVipCharType());
        if (vip == null || vip.getCharacteristicValue() == null || !"Y".equals(vip.getCharacteristicValue().trim())) {
            return;
        }
        ToDoEntry_DTO toDo = createDTO(ToDoEntry.class);
        toDo.setToDoTypeId(getVipToDoType().getId());
        toDo.setStatus(ToDoEntryStatusLookup.constants.OPEN);
        toDo.setRoleId(getAccountManagerRole());
        toDo.setCreationDateTime(getProcessDateTime());
        toDo.setComments("VIP " + personId.trim() + " got disconnect warning " + contactId.trim());
        toDo.newEntity();
    }

    @Override
    public void setContactId(String contactId) {
        this.contactId = contactId;
    }

    @Override
    public void setContactType(String contactType) {
    }

    @Override
    public void setPersonId(String personId) {
        this.personId = personId;
    }
}
