package com.splwg.ccb.api.lookup;

import com.splwg.base.api.datatypes.Lookup;

/**
 * Owner of a price assignment (CI_PRICEASGN.PA_OWNER_TYPE_FLG).
 */
public class PriceAssignmentOwnerTypeLookup extends Lookup {

    private static final long serialVersionUID = 1L;

    /** The values of PA_OWNER_TYPE_FLG. */
    public static final Constants constants = new Constants();

    /** Holder of the PA_OWNER_TYPE_FLG values. */
    public static final class Constants {
        /** Price list (stored as PLST). */
        public final PriceAssignmentOwnerTypeLookup PRICE_LIST = new PriceAssignmentOwnerTypeLookup("PLST");

        /** Party (person or account) (stored as PRTY). */
        public final PriceAssignmentOwnerTypeLookup PARTY = new PriceAssignmentOwnerTypeLookup("PRTY");

        private Constants() {
        }
    }

    protected PriceAssignmentOwnerTypeLookup(String value) {
        super("PA_OWNER_TYPE_FLG", value);
    }

    public boolean isPriceList() {
        return constants.PRICE_LIST.equals(this);
    }

    public boolean isParty() {
        return constants.PARTY.equals(this);
    }
}
