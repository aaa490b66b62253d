package com.globex.cm.common;

/**
 * Globex Telecom - codes shared by several components (values of CM_ tables and of the
 * Globex extendable lookups). Configuration codes (To Do types, characteristic types,
 * adjustment types) are NOT here: they are soft parameters of the algorithms.
 *
 * @author Globex ORMB team
 */
public final class GxConstants {

    private GxConstants() {
    }

    /** CM_COLL_HOLD.HOLD_STATUS_FLG: hold in force. */
    public static final String HOLD_ACTIVE = "10";
    /** CM_COLL_HOLD.HOLD_STATUS_FLG: hold released. */
    public static final String HOLD_RELEASED = "20";

    /** CM_PAY_PROMISE.PROMISE_STATUS_FLG values. */
    public static final String PROMISE_OPEN = "10";
    public static final String PROMISE_KEPT = "20";
    public static final String PROMISE_BROKEN = "30";

    /** CM_ADJ_GL_INTF.INTF_STATUS_FLG: waiting for the GL extract. */
    public static final String INTF_PENDING = "P";

    /** Default role used when a To Do type has no role configured on the algorithm. */
    public static final String DEFAULT_TODO_ROLE = "GX-BACKOFF";

    /** Customer contact type of disconnect (suspension) warnings. */
    public static final String CC_TYPE_DISCONNECT_WARNING = "GXDISCWN";
}
