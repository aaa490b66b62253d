package com.splwg.shared.logging;

/** Executable build: loggers record info and above for the scenario result. */
public final class LoggerFactory {

    private LoggerFactory() {
    }

    public static Logger getLogger(Class<?> owner) {
        return new ormbexec.ExecLogger(owner);
    }
}
