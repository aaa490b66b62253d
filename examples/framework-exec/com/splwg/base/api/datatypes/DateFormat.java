package com.splwg.base.api.datatypes;

/** Executable build: formats and parses with {@code java.time} patterns. */
public final class DateFormat {

    private final String pattern;

    public DateFormat(String pattern) {
        this.pattern = pattern;
    }

    public String getPattern() {
        return pattern;
    }

    private java.time.format.DateTimeFormatter formatter() {
        return java.time.format.DateTimeFormatter.ofPattern(pattern);
    }

    public String format(Date date) {
        return date == null ? null : java.time.LocalDate.parse(date.toString()).format(formatter());
    }

    public String format(DateTime dateTime) {
        return dateTime == null ? null : java.time.LocalDateTime.parse(dateTime.toString()).format(formatter());
    }

    public Date parseDate(String text) throws DateFormatParseException {
        try {
            java.time.LocalDate d = java.time.LocalDate.parse(text.trim(), formatter());
            return new Date(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
        } catch (RuntimeException e) {
            throw new DateFormatParseException("'" + text + "' does not match " + pattern);
        }
    }

    public DateTime parseDateTime(String text) throws DateFormatParseException {
        try {
            java.time.LocalDateTime t = java.time.LocalDateTime.parse(text.trim(), formatter());
            return new DateTime(t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(),
                    t.getSecond());
        } catch (RuntimeException e) {
            throw new DateFormatParseException("'" + text + "' does not match " + pattern);
        }
    }
}
