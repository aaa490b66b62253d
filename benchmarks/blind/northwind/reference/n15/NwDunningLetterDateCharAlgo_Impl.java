package com.northwind.ormb.ext.accounts.algo;

import java.util.logging.Logger;

import com.splwg.base.api.algorithms.AbstractAlgorithmComponent;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.datatypes.DateTime;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.base.domain.common.characteristicType.CharacteristicType_Id;
import com.splwg.ccb.api.lookup.PersonOrBusinessLookup;
import com.splwg.ccb.domain.admin.customerContactType.CollectionActionAlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.person.Person;
import com.splwg.ccb.domain.customerinfo.person.PersonCharacteristic_DTO;
import com.splwg.ccb.domain.customerinfo.person.Person_Id;

/**
 * Customer Contact Type - Collection Action (DUN1, DUN2, FINAL letters): for business customers
 * the date of the latest dunning letter is kept on the person (ad hoc characteristic, value
 * yyyy-MM-dd, effective on the contact date) for the credit insurance report. Letters to
 * individuals are not recorded.
 *
 * Parameters:
 *   1 lastDunningCharType (characteristic type, required) - ad hoc person characteristic
 */
public class NwDunningLetterDateCharAlgo_Impl extends AbstractAlgorithmComponent
        implements CollectionActionAlgorithmSpot {

    private static final Logger LOG = Logger.getLogger(NwDunningLetterDateCharAlgo_Impl.class.getName());

    private String contactId;
    private String personId;

    @Override
    public void invoke() {
        if (isBlankOrNull(personId) || isBlankOrNull(contactId)) {
            return;
        }
        Person person = new Person_Id(personId.trim()).getEntity();
        if (person == null || !PersonOrBusinessLookup.constants.BUSINESS.equals(person.getPersonOrBusiness())) {
            return;
        }

        Date contactDate = null;
        PreparedStatement ps = createPreparedStatement("""
                SELECT CC_DTTM
                  FROM CI_CC
                 WHERE CC_ID = :ccId
                """, "NwDunningLetterDateCharAlgo - date of the contact");
        try {
            ps.bindString("ccId", contactId, "CC_ID");
            for (SQLResultRow row : ps.list()) {
                DateTime contactDateTime = row.getDateTime("CC_DTTM");
                contactDate = contactDateTime == null ? null : contactDateTime.getDate();
            }
        } finally {
            ps.close();
        }
        if (contactDate == null) {
            return;
        }

        String charTypeCd = getStringSoftParameter("lastDunningCharType");
        PersonCharacteristic_DTO dto = person.getCharacteristics().newChildDTO();
        dto.setAdhocCharacteristicValue(contactDate.toString());
        person.getCharacteristics().add(dto, new CharacteristicType_Id(charTypeCd), contactDate);
        Date letterDate = contactDate;
        LOG.fine(() -> "Dunning letter of " + letterDate + " recorded on person " + personId.trim());
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
