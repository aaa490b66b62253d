package com.splwg.base.api.datatypes;

/** Raised by {@link DateFormat#parseDate(String)} when the text does not match the pattern. */
public class DateFormatParseException extends Exception {

    private static final long serialVersionUID = 1L;

    public DateFormatParseException(String message) {
        super(message);
    }
}
