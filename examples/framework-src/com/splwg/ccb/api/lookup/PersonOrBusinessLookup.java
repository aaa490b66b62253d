package com.splwg.ccb.api.lookup;

import com.splwg.base.api.datatypes.Lookup;

/**
 * Whether a person record is an individual or a business (CI_PER.PER_OR_BUS_FLG).
 */
public class PersonOrBusinessLookup extends Lookup {

    private static final long serialVersionUID = 1L;

    /** The values of PER_OR_BUS_FLG. */
    public static final Constants constants = new Constants();

    /** Holder of the PER_OR_BUS_FLG values. */
    public static final class Constants {
        /** Individual (stored as P). */
        public final PersonOrBusinessLookup PERSON = new PersonOrBusinessLookup("P");

        /** Business (stored as B). */
        public final PersonOrBusinessLookup BUSINESS = new PersonOrBusinessLookup("B");

        private Constants() {
        }
    }

    protected PersonOrBusinessLookup(String value) {
        super("PER_OR_BUS_FLG", value);
    }

    public boolean isPerson() {
        return constants.PERSON.equals(this);
    }

    public boolean isBusiness() {
        return constants.BUSINESS.equals(this);
    }
}
