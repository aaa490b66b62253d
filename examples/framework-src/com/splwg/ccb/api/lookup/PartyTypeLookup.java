package com.splwg.ccb.api.lookup;

import com.splwg.base.api.datatypes.Lookup;

/**
 * Kind of party (CI_PARTY.PARTY_TYPE_FLG).
 */
public class PartyTypeLookup extends Lookup {

    private static final long serialVersionUID = 1L;

    /** The values of PARTY_TYPE_FLG. */
    public static final Constants constants = new Constants();

    /** Holder of the PARTY_TYPE_FLG values. */
    public static final class Constants {
        /** Person (stored as PERS). */
        public final PartyTypeLookup PERSON = new PartyTypeLookup("PERS");

        /** Account (stored as ACCT). */
        public final PartyTypeLookup ACCOUNT = new PartyTypeLookup("ACCT");

        private Constants() {
        }
    }

    protected PartyTypeLookup(String value) {
        super("PARTY_TYPE_FLG", value);
    }

    public boolean isPerson() {
        return constants.PERSON.equals(this);
    }

    public boolean isAccount() {
        return constants.ACCOUNT.equals(this);
    }
}
