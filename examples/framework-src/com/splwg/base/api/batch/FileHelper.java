package com.splwg.base.api.batch;

/**
 * Writes flat-file records of an extract batch (bill print, GL interface...). The file name and
 * directory come from the batch control's soft parameters.
 */
public interface FileHelper {

    /** Appends one record (a line) to the extract file. */
    void writeRecord(String record);

    /** Number of records written so far. */
    int getRecordCount();

    /** Full path of the file being written. */
    String getFileName();
}
