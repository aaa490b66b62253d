package com.initech.rmb.customer.spot;

import com.initech.rmb.common.InitechAlgorithm;
import com.initech.rmb.common.SoftParams;
import com.splwg.base.domain.common.characteristicType.CharacteristicType_Id;
import com.splwg.ccb.domain.admin.customerContactType.CollectionActionAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.person.Person;
import com.splwg.ccb.domain.customerinfo.person.PersonCharacteristic;
import com.splwg.ccb.domain.customerinfo.person.Person_Id;

/**
 * Customer Contact Type - Collection Action (CM-VIPDUN). Dunning contacts for VIP counterparties
 * (VIP person characteristic = Y) are routed to the relationship manager through a To Do entry
 * whose drill key is the customer contact.
 */
@SoftParams({"vipCharType:entity", "relationshipToDoType:entity"})
public class CmVipDunningToDo_Impl extends InitechAlgorithm implements CollectionActionAlgorithmSpot {

    private String contactId;
    private String personId;

    @Override
    public void invoke() {
        if (isBlankOrNull(personId)) {
            return;
        }
        Person person = new Person_Id(personId.trim()).getEntity();
        if (person == null) {
            return;
        }
        PersonCharacteristic vip = person.getEffectiveCharacteristic(new CharacteristicType_Id(param("vipCharType")).getEntity());
        if (vip != null && vip.getCharacteristicValue() != null && "Y".equals(vip.getCharacteristicValue().trim())) {
            raiseToDo(param("relationshipToDoType"), contactId.trim(), "Dunning contact for VIP counterparty " + personId.trim());
        }
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
