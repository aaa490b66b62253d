package com.splwg.cm.domain.txnfeed.algorithm;

import java.math.BigInteger;
import java.util.regex.Pattern;

import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.domain.dataManagement.fileRequest.batch.FileValidationAlgorithmSpot;
import com.splwg.cm.domain.common.messageRepository.CmMessageRepository;
import com.splwg.shared.common.ServerMessage;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Rejects a usage file from the acquiring platform before any transaction is staged when it is
 * incomplete or a resend: the file must start with a header record and end with a trailer record,
 * the trailer's record count must equal the number of detail records received, and a file of the
 * same name must not have been uploaded before (CI_TXN_HEADER.TXN_FILE_NAME), unless that upload
 * was rejected.
 *
 * Plugged on the File Request Type of the transaction feed upload, File Validation.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = fieldDelimiter, type = string)
 *            , @AlgorithmSoftParameter (name = rejectedHeaderStatus, required = true, type = string)})
 */
public class CmTxnFileControlTotalsValidation_Impl extends CmTxnFileControlTotalsValidation_Gen implements FileValidationAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmTxnFileControlTotalsValidation_Impl.class);

    private static final String HEADER_TYPE = "H";
    private static final String TRAILER_TYPE = "T";

    private static final String PREVIOUS_UPLOAD_SQL = "SELECT TXN_HEADER_ID, TXN_HDR_STATUS_FLG FROM CI_TXN_HEADER "
            + "WHERE TXN_FILE_NAME = :fileName AND TXN_HDR_STATUS_FLG <> :rejected ORDER BY TXN_HEADER_DTTM DESC";

    private String fileName;
    private String headerRecord;
    private String footerRecord;
    private BigInteger recordCount;
    private boolean validateFlag = true;
    private ServerMessage serverMessage;

    @Override
    public void invoke() {
        String delimiter = isBlankOrNull(getFieldDelimiter()) ? "|" : getFieldDelimiter().trim();
        String[] header = split(headerRecord, delimiter);
        String[] trailer = split(footerRecord, delimiter);
        if (header.length == 0 || !HEADER_TYPE.equals(header[0]) || trailer.length < 2 || !TRAILER_TYPE.equals(trailer[0])) {
            reject(CmMessageRepository.fileHeaderOrTrailerMissing(fileName));
            return;
        }

        String announced = trailer[1].trim();
        BigInteger received = isNull(recordCount) ? BigInteger.ZERO : recordCount;
        if (!announced.matches("\\d+") || !new BigInteger(announced).equals(received)) {
            reject(CmMessageRepository.fileTrailerCountMismatch(fileName, announced, received.toString()));
            return;
        }

        PreparedStatement ps = createPreparedStatement(PREVIOUS_UPLOAD_SQL, "CmTxnFileControlTotalsValidation - previous upload of file");
        try {
            ps.bindString("fileName", fileName, "TXN_FILE_NAME");
            ps.bindString("rejected", getRejectedHeaderStatus(), "TXN_HDR_STATUS_FLG");
            SQLResultRow previous = ps.firstRow();
            if (notNull(previous)) {
                reject(CmMessageRepository.fileAlreadyLoaded(fileName, previous.getString("TXN_HEADER_ID").trim()));
            }
        } finally {
            ps.close();
        }
    }

    private static String[] split(String record, String delimiter) {
        return record == null || record.trim().isEmpty() ? new String[0] : record.trim().split(Pattern.quote(delimiter), -1);
    }

    private void reject(ServerMessage reason) {
        validateFlag = false;
        serverMessage = reason;
        logger.info("File " + fileName + " rejected: " + reason.getMessageText());
    }

    @Override
    public void setFileName(String fileName) {
        this.fileName = fileName;
    }

    @Override
    public void setFileRequestType(String fileRequestType) {
    }

    @Override
    public void setHeaderRecord(String headerRecord) {
        this.headerRecord = headerRecord;
    }

    @Override
    public void setFooterRecord(String footerRecord) {
        this.footerRecord = footerRecord;
    }

    @Override
    public void setRecordCount(BigInteger recordCount) {
        this.recordCount = recordCount;
    }

    @Override
    public boolean isValidateFlag() {
        return validateFlag;
    }

    @Override
    public ServerMessage getServerMessage() {
        return serverMessage;
    }
}
