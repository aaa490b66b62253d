package com.splwg.shared.logging;

/**
 * Framework logger (log4j underneath). Obtain one per class with
 * {@code LoggerFactory.getLogger(MyClass.class)}; guard expensive debug messages with
 * {@link #isDebugEnabled()}. Never log personal data or full payloads at info level.
 */
public interface Logger {

    boolean isDebugEnabled();

    boolean isInfoEnabled();

    void debug(Object message);

    void debug(Object message, Throwable throwable);

    void info(Object message);

    void info(Object message, Throwable throwable);

    void warn(Object message);

    void warn(Object message, Throwable throwable);

    void error(Object message);

    void error(Object message, Throwable throwable);
}
