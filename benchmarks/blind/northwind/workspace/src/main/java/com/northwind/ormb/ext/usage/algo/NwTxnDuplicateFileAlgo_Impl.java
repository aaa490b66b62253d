package com.northwind.ormb.ext.usage.algo;

import java.math.BigInteger;
import java.util.logging.Logger;

import com.northwind.ormb.ext.common.NwMessages;
import com.splwg.base.api.algorithms.AbstractAlgorithmComponent;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.domain.dataManagement.fileRequest.batch.FileValidationAlgorithmSpot;
import com.splwg.shared.common.ServerMessage;

/**
 * File Request - File Validation (MDM consumption files): rejects a feed file that was already
 * uploaded, i.e. a transaction header with the same file name exists. The MDM re-sends files after
 * a timeout, and loading one twice doubles the customer's consumption.
 *
 * Parameters: none.
 */
public class NwTxnDuplicateFileAlgo_Impl extends AbstractAlgorithmComponent
        implements FileValidationAlgorithmSpot {

    private static final Logger LOG = Logger.getLogger(NwTxnDuplicateFileAlgo_Impl.class.getName());

    private String fileName;
    private boolean valid = true;
    private ServerMessage message;

    @Override
    public void invoke() {
        if (isBlankOrNull(fileName)) {
            valid = false;
            message = NwMessages.of(NwMessages.FEED_FILE_NAME_MISSING);
            return;
        }
        PreparedStatement ps = createPreparedStatement("""
                SELECT TXN_HEADER_ID
                  FROM CI_TXN_HEADER
                 WHERE TXN_FILE_NAME = :fileName
                """, "NwTxnDuplicateFileAlgo - file already uploaded?");
        try {
            ps.bindString("fileName", fileName.trim(), "TXN_FILE_NAME");
            for (SQLResultRow row : ps.list()) {
                BigInteger headerId = row.getInteger("TXN_HEADER_ID");
                valid = false;
                message = NwMessages.of(NwMessages.FEED_FILE_ALREADY_LOADED, fileName, String.valueOf(headerId));
                LOG.warning(() -> "Duplicate feed file " + fileName);
                break;
            }
        } finally {
            ps.close();
        }
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
    }

    @Override
    public void setRecordCount(BigInteger recordCount) {
    }

    @Override
    public boolean isValidateFlag() {
        return valid;
    }

    @Override
    public ServerMessage getServerMessage() {
        return message;
    }
}
