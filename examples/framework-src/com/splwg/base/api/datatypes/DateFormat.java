package com.splwg.base.api.datatypes;

/**
 * Formats and parses {@link Date} values, e.g. for file extracts or for dates held as strings in
 * characteristic values and UDF columns.
 *
 * <pre>
 * DateFormat iso = new DateFormat("yyyy-MM-dd");
 * Date periodEnd = iso.parseDate(charValue.trim());
 * </pre>
 */
public final class DateFormat {

    private final String pattern;

    public DateFormat(String pattern) {
        this.pattern = pattern;
    }

    public String getPattern() {
        return pattern;
    }

    public String format(Date date) {
        throw new UnsupportedOperationException("API stub");
    }

    public String format(DateTime dateTime) {
        throw new UnsupportedOperationException("API stub");
    }

    /** Parses {@code text} with this pattern. */
    public Date parseDate(String text) throws DateFormatParseException {
        throw new UnsupportedOperationException("API stub");
    }

    public DateTime parseDateTime(String text) throws DateFormatParseException {
        throw new UnsupportedOperationException("API stub");
    }
}
