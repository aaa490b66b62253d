package com.splwg.ccb.api.lookup;

import com.splwg.base.api.datatypes.Lookup;

/**
 * Why a bill segment is being built, passed to Bill Segment Type creation algorithms.
 */
public class BillSegmentActionLookup extends Lookup {

    private static final long serialVersionUID = 1L;

    /** The values of BSEG_ACTION_FLG. */
    public static final Constants constants = new Constants();

    /** Holder of the BSEG_ACTION_FLG values. */
    public static final class Constants {
        /** Regular bill segment creation (stored as CRTE). */
        public final BillSegmentActionLookup CREATE = new BillSegmentActionLookup("CRTE");

        /** Segment recreated after a cancel/rebill (stored as RCRT). */
        public final BillSegmentActionLookup RECREATE = new BillSegmentActionLookup("RCRT");

        /** Estimated segment (stored as ESTM). */
        public final BillSegmentActionLookup ESTIMATE = new BillSegmentActionLookup("ESTM");

        private Constants() {
        }
    }

    protected BillSegmentActionLookup(String value) {
        super("BSEG_ACTION_FLG", value);
    }

    public boolean isCreate() {
        return constants.CREATE.equals(this);
    }

    public boolean isRecreate() {
        return constants.RECREATE.equals(this);
    }

    public boolean isEstimate() {
        return constants.ESTIMATE.equals(this);
    }
}
