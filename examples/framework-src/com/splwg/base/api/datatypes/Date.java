package com.splwg.base.api.datatypes;

/**
 * Calendar date without time, as stored in {@code DATE} columns such as {@code CI_BILL.BILL_DT} or
 * {@code CI_SA.START_DT}. Immutable; arithmetic returns new instances.
 *
 * <p>Obtain "today" from the business context, never from the JVM clock:
 * {@code getProcessDateTime().getDate()} inside algorithms or
 * {@code getParameters().getProcessDate()} inside batch workers.
 */
public final class Date implements Comparable<Date>, java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final java.time.LocalDate value;

    public Date(int year, int month, int day) {
        this.value = java.time.LocalDate.of(year, month, day);
    }

    private Date(java.time.LocalDate value) {
        this.value = value;
    }

    public int getYear() {
        return value.getYear();
    }

    public int getMonth() {
        return value.getMonthValue();
    }

    public int getDay() {
        return value.getDayOfMonth();
    }

    public Date addDays(int days) {
        return new Date(value.plusDays(days));
    }

    public Date addMonths(int months) {
        return new Date(value.plusMonths(months));
    }

    public Date addYears(int years) {
        return new Date(value.plusYears(years));
    }

    /** First day of this date's month; handy for monthly bill windows. */
    public Date getMonthStart() {
        return new Date(value.withDayOfMonth(1));
    }

    /** Last day of this date's month. */
    public Date getMonthEnd() {
        return new Date(value.withDayOfMonth(value.lengthOfMonth()));
    }

    public boolean isBefore(Date other) {
        return value.isBefore(other.value);
    }

    public boolean isAfter(Date other) {
        return value.isAfter(other.value);
    }

    public boolean isSameOrBefore(Date other) {
        return !value.isAfter(other.value);
    }

    public boolean isSameOrAfter(Date other) {
        return !value.isBefore(other.value);
    }

    /** Number of days from this date to {@code other} (negative when {@code other} is earlier). */
    public int daysUntil(Date other) {
        return (int) java.time.temporal.ChronoUnit.DAYS.between(value, other.value);
    }

    @Override
    public int compareTo(Date other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Date && ((Date) other).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** ISO form {@code yyyy-MM-dd}. */
    @Override
    public String toString() {
        return value.toString();
    }
}
