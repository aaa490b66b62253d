package com.splwg.base.support.context;

/**
 * The current unit of work. Batch workers use savepoints to isolate a failing record without
 * rolling back the whole commit interval:
 *
 * <pre>
 * FrameworkSession session = (FrameworkSession) SessionHolder.getSession();
 * session.setSavepoint("CM_BEFORE_TXN");
 * try { ... } catch (ApplicationError e) { session.rollbackToSavepoint("CM_BEFORE_TXN"); }
 * </pre>
 */
public interface FrameworkSession {

    void setSavepoint(String savepointName);

    void rollbackToSavepoint(String savepointName);

    /** Pushes pending entity changes to the database without committing. */
    void flush();
}
