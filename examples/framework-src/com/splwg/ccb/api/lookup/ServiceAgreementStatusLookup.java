package com.splwg.ccb.api.lookup;

import com.splwg.base.api.datatypes.Lookup;

/**
 * Status of a service agreement (CI_SA.SA_STATUS_FLG).
 */
public class ServiceAgreementStatusLookup extends Lookup {

    private static final long serialVersionUID = 1L;

    /** The values of SA_STATUS_FLG. */
    public static final Constants constants = new Constants();

    /** Holder of the SA_STATUS_FLG values. */
    public static final class Constants {
        /** Pending start (stored as 05). */
        public final ServiceAgreementStatusLookup PENDING_START = new ServiceAgreementStatusLookup("05");

        /** Active (stored as 20). */
        public final ServiceAgreementStatusLookup ACTIVE = new ServiceAgreementStatusLookup("20");

        /** Pending stop (stored as 30). */
        public final ServiceAgreementStatusLookup PENDING_STOP = new ServiceAgreementStatusLookup("30");

        /** Stopped (stored as 40). */
        public final ServiceAgreementStatusLookup STOPPED = new ServiceAgreementStatusLookup("40");

        /** Reactivated (stored as 50). */
        public final ServiceAgreementStatusLookup REACTIVATED = new ServiceAgreementStatusLookup("50");

        /** Closed (stored as 60). */
        public final ServiceAgreementStatusLookup CLOSED = new ServiceAgreementStatusLookup("60");

        /** Canceled (stored as 70). */
        public final ServiceAgreementStatusLookup CANCELED = new ServiceAgreementStatusLookup("70");

        private Constants() {
        }
    }

    protected ServiceAgreementStatusLookup(String value) {
        super("SA_STATUS_FLG", value);
    }

    public boolean isPendingStart() {
        return constants.PENDING_START.equals(this);
    }

    public boolean isActive() {
        return constants.ACTIVE.equals(this);
    }

    public boolean isPendingStop() {
        return constants.PENDING_STOP.equals(this);
    }

    public boolean isStopped() {
        return constants.STOPPED.equals(this);
    }

    public boolean isReactivated() {
        return constants.REACTIVATED.equals(this);
    }

    public boolean isClosed() {
        return constants.CLOSED.equals(this);
    }

    public boolean isCanceled() {
        return constants.CANCELED.equals(this);
    }
}
