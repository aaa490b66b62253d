package com.splwg.ccb.domain.customerinfo.person;

import com.splwg.base.api.datatypes.EntityId;

/**
 * Primary key of {@link Person} (CI_PER).
 */
public final class Person_Id extends EntityId<Person> {

    private static final long serialVersionUID = 1L;

    public Person_Id(String personId) {
        super(personId);
    }

    @Override
    public Person getEntity() {
        return null;
    }
}
