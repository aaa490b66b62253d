package com.splwg.cm.domain.txnfeed.algorithm;

import java.math.BigInteger;

import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.domain.dataManagement.fileRequest.batch.FileValidationAlgorithmSpot;
import com.splwg.cm.domain.common.messageRepository.CmMessageRepository;
import com.splwg.shared.common.ServerMessage;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Rejects a usage file before any record is loaded when a file of the same name was loaded
 * already (a transaction header carries the name) or when the record count announced in the
 * trailer ({@code TRL|<count>}) differs from the number of detail records.
 *
 * Plugged on the File Request Type, File Validation event of the acquirer usage feed.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent ()
 */
public class CmUsageFileDuplicateTrailerCheck_Impl extends CmUsageFileDuplicateTrailerCheck_Gen
        implements FileValidationAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmUsageFileDuplicateTrailerCheck_Impl.class);

    private static final String TRAILER_TAG = "TRL";

    private static final String LOADED_SQL =
            "SELECT MIN(TXN_HEADER_ID) AS HEADER_ID FROM CI_TXN_HEADER WHERE TXN_FILE_NAME = :fileName";

    private String fileName;
    private String footerRecord;
    private BigInteger recordCount;
    private boolean valid = true;
    private ServerMessage serverMessage;

    @Override
    public void invoke() {
        PreparedStatement ps = createPreparedStatement(LOADED_SQL, "CmUsageFileDuplicateTrailerCheck - file loaded before");
        try {
            ps.bindString("fileName", fileName, "TXN_FILE_NAME");
            SQLResultRow row = ps.firstRow();
            if (notNull(row) && notNull(row.get("HEADER_ID"))) {
                reject(CmMessageRepository.fileAlreadyLoaded(fileName, String.valueOf(row.get("HEADER_ID"))));
                return;
            }
        } finally {
            ps.close();
        }

        String[] trailer = footerRecord == null ? new String[0] : footerRecord.trim().split("\\|");
        if (trailer.length < 2 || !TRAILER_TAG.equals(trailer[0].trim())) {
            reject(CmMessageRepository.fileHeaderOrTrailerMissing(fileName));
            return;
        }
        BigInteger announced;
        try {
            announced = new BigInteger(trailer[1].trim());
        } catch (NumberFormatException e) {
            reject(CmMessageRepository.fileHeaderOrTrailerMissing(fileName));
            return;
        }
        BigInteger actual = recordCount == null ? BigInteger.ZERO : recordCount;
        if (announced.compareTo(actual) != 0) {
            reject(CmMessageRepository.fileTrailerCountMismatch(fileName, announced.toString(), actual.toString()));
        }
    }

    private void reject(ServerMessage message) {
        valid = false;
        serverMessage = message;
        logger.info("Usage file " + fileName + " rejected");
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
        return valid;
    }

    @Override
    public ServerMessage getServerMessage() {
        return serverMessage;
    }
}
