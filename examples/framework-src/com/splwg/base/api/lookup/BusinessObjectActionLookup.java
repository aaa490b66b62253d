package com.splwg.base.api.lookup;

import com.splwg.base.api.datatypes.Lookup;

/**
 * Action requested on a business object instance (passed to BO algorithms and to
 * BusinessObjectDispatcher.execute).
 */
public class BusinessObjectActionLookup extends Lookup {

    private static final long serialVersionUID = 1L;

    /** The values of BO_ACTION_FLG. */
    public static final Constants constants = new Constants();

    /** Holder of the BO_ACTION_FLG values. */
    public static final class Constants {
        /** Add (stored as ADD). */
        public final BusinessObjectActionLookup ADD = new BusinessObjectActionLookup("ADD");

        /** Update (merge) (stored as UPD). */
        public final BusinessObjectActionLookup UPDATE = new BusinessObjectActionLookup("UPD");

        /** Replace the whole instance (stored as REPL). */
        public final BusinessObjectActionLookup REPLACE = new BusinessObjectActionLookup("REPL");

        /** Delete (stored as DEL). */
        public final BusinessObjectActionLookup DELETE = new BusinessObjectActionLookup("DEL");

        /** Read (stored as READ). */
        public final BusinessObjectActionLookup READ = new BusinessObjectActionLookup("READ");

        /** Add without status processing (stored as FADD). */
        public final BusinessObjectActionLookup FAST_ADD = new BusinessObjectActionLookup("FADD");

        /** Update without status processing (stored as FUPD). */
        public final BusinessObjectActionLookup FAST_UPDATE = new BusinessObjectActionLookup("FUPD");

        private Constants() {
        }
    }

    protected BusinessObjectActionLookup(String value) {
        super("BO_ACTION_FLG", value);
    }

    public boolean isAdd() {
        return constants.ADD.equals(this);
    }

    public boolean isUpdate() {
        return constants.UPDATE.equals(this);
    }

    public boolean isReplace() {
        return constants.REPLACE.equals(this);
    }

    public boolean isDelete() {
        return constants.DELETE.equals(this);
    }

    public boolean isRead() {
        return constants.READ.equals(this);
    }

    public boolean isFastAdd() {
        return constants.FAST_ADD.equals(this);
    }

    public boolean isFastUpdate() {
        return constants.FAST_UPDATE.equals(this);
    }
}
