package com.splwg.ccb.domain.dataManagement.fileRequest.batch;

import java.util.Map;

import com.splwg.base.api.algorithms.AlgorithmSpot;

/**
 * File Request - Pre-Processing. ORMB's file request upload (uploading CSV/XML files of
 * customers, accounts, transactions or payments and turning each record into a service call)
 * runs the pre-processing algorithm of the file request type for each record before the record's
 * service is executed. Implementations enrich or default record fields, reject or skip records, or
 * replace the request payload.
 *
 * <p>Input hard parameters: the file request type, the record type, the parsed record (field name to
 * value) and the request payload built from it. Output: the (possibly changed) record and payload,
 * and whether the service call should be skipped for this record.
 *
 * @AlgorithmSpot (algorithmEntityValues = { "fileRequestPreProcessing"})
 */
public interface FileRequestPreProcessingAlgorithmSpot extends AlgorithmSpot {

    /** File request type code of the uploaded file. */
    void setFileRequestType(String fileRequestType);

    /** Record type of the current record (header, detail, trailer...). */
    void setRecordType(String recordType);

    /** The parsed record, field name to value. */
    void setRecordMap(Map<String, String> recordMap);

    /** The record after pre-processing. */
    Map<String, String> getRecordMap();

    /** The service request payload (XML) built from the record. */
    void setRequestPayload(String requestPayload);

    /** The payload after pre-processing. */
    String getRequestPayload();

    /** True to skip the service call for this record. */
    boolean isSkipServiceExecution();
}
