package com.splwg.base.api.lookup;

import com.splwg.base.api.datatypes.Lookup;

/**
 * Status of a To Do entry (CI_TD_ENTRY.ENTRY_STATUS_FLG).
 */
public class ToDoEntryStatusLookup extends Lookup {

    private static final long serialVersionUID = 1L;

    /** The values of ENTRY_STATUS_FLG. */
    public static final Constants constants = new Constants();

    /** Holder of the ENTRY_STATUS_FLG values. */
    public static final class Constants {
        /** Open (stored as O). */
        public final ToDoEntryStatusLookup OPEN = new ToDoEntryStatusLookup("O");

        /** Being worked on (stored as W). */
        public final ToDoEntryStatusLookup BEING_WORKED_ON = new ToDoEntryStatusLookup("W");

        /** Complete (stored as C). */
        public final ToDoEntryStatusLookup COMPLETE = new ToDoEntryStatusLookup("C");

        private Constants() {
        }
    }

    protected ToDoEntryStatusLookup(String value) {
        super("ENTRY_STATUS_FLG", value);
    }

    public boolean isOpen() {
        return constants.OPEN.equals(this);
    }

    public boolean isBeingWorkedOn() {
        return constants.BEING_WORKED_ON.equals(this);
    }

    public boolean isComplete() {
        return constants.COMPLETE.equals(this);
    }
}
