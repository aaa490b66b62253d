package com.splwg.base.api.datatypes;

/**
 * A duration in seconds, used for intervals such as To Do aging or transaction feed cut-off
 * windows ({@code DateTime} minus {@code DateTime}).
 */
public final class TimeInterval implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final long seconds;

    public TimeInterval(long seconds) {
        this.seconds = seconds;
    }

    public long getTotalSeconds() {
        return seconds;
    }

    public long getTotalMinutes() {
        return seconds / 60;
    }

    public long getTotalHours() {
        return seconds / 3600;
    }
}
