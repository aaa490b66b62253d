package com.splwg.shared.logging;

/** Creates {@link Logger} instances named after the calling class. */
public final class LoggerFactory {

    private LoggerFactory() {
    }

    public static Logger getLogger(Class<?> owner) {
        throw new UnsupportedOperationException("API stub");
    }
}
