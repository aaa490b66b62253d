package com.splwg.ccb.domain.customerinfo.person;

import com.splwg.base.api.DataTransferObject;
import com.splwg.ccb.api.lookup.PersonOrBusinessLookup;
import com.splwg.ccb.domain.admin.cisDivision.CisDivision_Id;

/**
 * Transfer object of {@link Person}: one property per column of CI_PER; foreign keys are held as
 * their {@code _Id}.
 */
public class Person_DTO implements DataTransferObject<Person> {

    private Person_Id id;
    private PersonOrBusinessLookup personOrBusiness;
    private CisDivision_Id divisionId;
    private String languageCode;
    private String emailAddress;

    public Person_Id getId() {
        return id;
    }

    public void setId(Person_Id id) {
        this.id = id;
    }

    public PersonOrBusinessLookup getPersonOrBusiness() {
        return personOrBusiness;
    }

    public void setPersonOrBusiness(PersonOrBusinessLookup personOrBusiness) {
        this.personOrBusiness = personOrBusiness;
    }

    public CisDivision_Id getDivisionId() {
        return divisionId;
    }

    public void setDivisionId(CisDivision_Id divisionId) {
        this.divisionId = divisionId;
    }

    public String getLanguageCode() {
        return languageCode;
    }

    public void setLanguageCode(String languageCode) {
        this.languageCode = languageCode;
    }

    public String getEmailAddress() {
        return emailAddress;
    }

    public void setEmailAddress(String emailAddress) {
        this.emailAddress = emailAddress;
    }

    @Override
    public Person newEntity() {
        throw new UnsupportedOperationException("API stub");
    }

    @Override
    public Person getEntity() {
        return null;
    }
}
