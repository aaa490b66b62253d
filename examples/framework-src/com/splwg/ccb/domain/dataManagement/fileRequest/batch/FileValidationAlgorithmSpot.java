package com.splwg.ccb.domain.dataManagement.fileRequest.batch;

import java.math.BigInteger;

import com.splwg.base.api.algorithms.AlgorithmSpot;
import com.splwg.shared.common.ServerMessage;

/**
 * File Request - File Validation. The file validation algorithm of a file request type runs once
 * per uploaded file, before any record is processed, and checks the file as a whole: header and
 * trailer records present, record count and control totals in the trailer matching the detail
 * records, file name pattern, duplicate file.
 *
 * <p>Input hard parameters: file name, file request type, header and footer records and the detail
 * record count. Output: whether the file is valid and the message explaining a rejection.
 *
 * @AlgorithmSpot (algorithmEntityValues = { "fileRequestFileValidation"})
 */
public interface FileValidationAlgorithmSpot extends AlgorithmSpot {

    void setFileName(String fileName);

    void setFileRequestType(String fileRequestType);

    /** The header record as read from the file. */
    void setHeaderRecord(String headerRecord);

    /** The footer (trailer) record as read from the file. */
    void setFooterRecord(String footerRecord);

    /** Number of detail records in the file. */
    void setRecordCount(BigInteger recordCount);

    /** True when the file may be processed. */
    boolean isValidateFlag();

    /** Why the file was rejected; null when valid. */
    ServerMessage getServerMessage();
}
