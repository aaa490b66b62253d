package com.splwg.base.api.datatypes;

/**
 * Date and time as stored in {@code DATE}/{@code TIMESTAMP} columns with a time part, for example
 * {@code CI_BILL.COMPLETE_DTTM}, {@code CI_FT.FREEZE_DTTM} or {@code CI_TXN_DETAIL.TXN_DTTM}.
 *
 * <p>Algorithms get the business "now" from {@code getProcessDateTime()} (the batch business date
 * when running under a batch job, otherwise the system date) and the wall clock from
 * {@code getSystemDateTime()}.
 */
public final class DateTime implements Comparable<DateTime>, java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final java.time.LocalDateTime value;

    public DateTime(int year, int month, int day, int hour, int minute, int second) {
        this.value = java.time.LocalDateTime.of(year, month, day, hour, minute, second);
    }

    private DateTime(java.time.LocalDateTime value) {
        this.value = value;
    }

    /** The date part. */
    public Date getDate() {
        return new Date(value.getYear(), value.getMonthValue(), value.getDayOfMonth());
    }

    public int getHours() {
        return value.getHour();
    }

    public int getMinutes() {
        return value.getMinute();
    }

    public DateTime addDays(int days) {
        return new DateTime(value.plusDays(days));
    }

    public DateTime addHours(int hours) {
        return new DateTime(value.plusHours(hours));
    }

    public DateTime addMinutes(int minutes) {
        return new DateTime(value.plusMinutes(minutes));
    }

    public boolean isBefore(DateTime other) {
        return value.isBefore(other.value);
    }

    public boolean isAfter(DateTime other) {
        return value.isAfter(other.value);
    }

    @Override
    public int compareTo(DateTime other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DateTime && ((DateTime) other).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** ISO form {@code yyyy-MM-dd-HH.mm.ss} as shown on OUAF pages. */
    @Override
    public String toString() {
        return value.toString();
    }
}
