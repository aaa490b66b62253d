package com.splwg.ccb.domain.customerinfo.person;

import com.splwg.base.api.BusinessEntity;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.domain.common.characteristicType.CharacteristicType;
import com.splwg.ccb.api.lookup.PersonOrBusinessLookup;
import com.splwg.ccb.domain.admin.cisDivision.CisDivision;

/**
 * Person (CI_PER): an individual or a business the company has a relationship with. Names live in
 * CI_PER_NAME, identifiers in CI_PER_ID, characteristics in CI_PER_CHAR; accounts are linked
 * through CI_ACCT_PER.
 */
public interface Person extends BusinessEntity {

    @Override
    Person_Id getId();

    /** Whether this is a person or a business (PER_OR_BUS_FLG). */
    PersonOrBusinessLookup getPersonOrBusiness();

    /** Owning CIS division (CIS_DIVISION). */
    CisDivision getDivision();

    /** Language of correspondence (LANGUAGE_CD). */
    String getLanguageCode();

    /** E-mail address (EMAILID). */
    String getEmailAddress();

    /** Characteristics of this person (CI_PER_CHAR). */
    PersonCharacteristics getCharacteristics();

    /** The characteristic of the given type effective on the process date, or null. */
    PersonCharacteristic getEffectiveCharacteristic(CharacteristicType characteristicType);

    /** The characteristic of the given type effective on {@code effectiveDate}, or null. */
    PersonCharacteristic getEffectiveCharacteristic(CharacteristicType characteristicType, Date effectiveDate);

    Person_DTO getDTO();

    void setDTO(Person_DTO dto);
}
