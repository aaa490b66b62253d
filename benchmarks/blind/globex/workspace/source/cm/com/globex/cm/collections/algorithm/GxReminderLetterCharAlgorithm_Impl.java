package com.globex.cm.collections.algorithm;

import com.splwg.base.api.datatypes.Date;
import com.splwg.ccb.domain.admin.customerContactType.CollectionActionAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.person.Person;
import com.splwg.ccb.domain.customerinfo.person.PersonCharacteristic;
import com.splwg.ccb.domain.customerinfo.person.PersonCharacteristic_DTO;
import com.splwg.ccb.domain.customerinfo.person.PersonCharacteristic_Id;
import com.splwg.ccb.domain.customerinfo.person.Person_Id;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Globex Telecom - Customer Contact Type action for reminder letters (GXREMIND): stamps the
 * date of the last reminder on the person (ad hoc characteristic, yyyy-MM-dd) so that the
 * dunning batch does not send two reminders in the same week.
 *
 * @author Globex ORMB team (M. Lindqvist)
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (entityName = characteristicType, name = lastReminderCharType, required = true, type = entity)})
 */
public class GxReminderLetterCharAlgorithm_Impl extends GxReminderLetterCharAlgorithm_Gen
        implements CollectionActionAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(GxReminderLetterCharAlgorithm_Impl.class);

    private String contactId;
    private String personId;

    @Override
    public void invoke() {
        Person person = new Person_Id(personId).getEntity();
        if (person == null) {
            logger.warn("Contact " + contactId + ": person " + personId + " not found");
            return;
        }
        Date today = getProcessDateTime().getDate();
        PersonCharacteristic existing = person.getEffectiveCharacteristic(getLastReminderCharType(), today);
        if (existing != null && existing.getId().getEffectiveDate().equals(today)) {
            // already stamped today (second letter of the same run)
            PersonCharacteristic_DTO dto = existing.getDTO();
            dto.setAdhocCharacteristicValue(today.toString());
            existing.setDTO(dto);
            return;
        }
        PersonCharacteristic_DTO dto = createDTO(PersonCharacteristic.class);
        dto.setId(new PersonCharacteristic_Id(person.getId(), getLastReminderCharType().getId(), today));
        dto.setAdhocCharacteristicValue(today.toString());
        dto.newEntity();
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
