package com.splwg.cm.domain.billing.batch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import com.splwg.base.api.batch.JobWork;
import com.splwg.base.api.batch.RunAbortedException;
import com.splwg.base.api.batch.StandardCommitStrategy;
import com.splwg.base.api.batch.ThreadAbortedException;
import com.splwg.base.api.batch.ThreadExecutionStrategy;
import com.splwg.base.api.batch.ThreadWorkUnit;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.ccb.api.lookup.BillStatusLookup;
import com.splwg.ccb.domain.billing.bill.Bill_Id;
import com.splwg.cm.domain.common.messageRepository.CmMessageRepository;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Nightly extract of completed bills for the print and e-bill vendor. Picks the bills completed
 * on or before the business date whose main customer receives them on the given bill route type
 * and that were not extracted yet (no extract characteristic on the bill). Each thread writes its
 * own file, <prefix>_<run>_<thread>.txt, one header and one line record per printable calculation
 * line; the bill is stamped with the run number once its records are written.
 *
 * @author ORMB implementation team
 *
@BatchJob (modules = {}, multiThreaded = true, rerunnable = true,
 *      softParameters = { @BatchJobSoftParameter (name = billRouteType, required = true, type = string)
 *            , @BatchJobSoftParameter (name = extractedCharType, required = true, type = string)
 *            , @BatchJobSoftParameter (name = fileDirectory, required = true, type = string)
 *            , @BatchJobSoftParameter (name = fileNamePrefix, type = string)})
 */
public class CmBillPrintExtractBatch extends CmBillPrintExtractBatch_Gen {

    private static final Logger logger = LoggerFactory.getLogger(CmBillPrintExtractBatch.class);

    private static final String BILLS_TO_EXTRACT_SQL = """
            SELECT B.BILL_ID
              FROM CI_BILL B, CI_ACCT_PER AP
             WHERE B.BILL_STAT_FLG = :complete
               AND B.BILL_DT <= :processDate
               AND AP.ACCT_ID = B.ACCT_ID
               AND AP.MAIN_CUST_SW = 'Y'
               AND AP.BILL_RTE_TYPE_CD = :routeType
               AND NOT EXISTS (SELECT 1 FROM CI_BILL_CHAR BC
                                WHERE BC.BILL_ID = B.BILL_ID
                                  AND BC.CHAR_TYPE_CD = :extractedCharType)
             ORDER BY B.BILL_ID
            """;

    @Override
    public void validateSoftParameters(boolean isNewRun) {
        if (!Files.isDirectory(Paths.get(getParameters().getFileDirectory().trim()))) {
            addError(CmMessageRepository.requiredNodeNotPopulated("fileDirectory"));
        }
    }

    @Override
    public JobWork getJobWork() {
        List<ThreadWorkUnit> units = new ArrayList<ThreadWorkUnit>();
        PreparedStatement ps = createPreparedStatement(BILLS_TO_EXTRACT_SQL, "CmBillPrintExtractBatch - bills to extract");
        try {
            ps.bindLookup("complete", BillStatusLookup.constants.COMPLETE);
            ps.bindDate("processDate", getParameters().getProcessDate());
            ps.bindString("routeType", getParameters().getBillRouteType(), "BILL_RTE_TYPE_CD");
            ps.bindString("extractedCharType", getParameters().getExtractedCharType(), "CHAR_TYPE_CD");
            for (SQLResultRow row : ps.list()) {
                ThreadWorkUnit unit = new ThreadWorkUnit();
                unit.setPrimaryId(new Bill_Id(row.getString("BILL_ID")));
                units.add(unit);
            }
        } finally {
            ps.close();
        }
        logger.info(units.size() + " bill(s) to extract for route " + getParameters().getBillRouteType().trim());
        return createJobWorkForThreadWorkUnitList(units);
    }

    @Override
    public Class<CmBillPrintExtractBatchWorker> getThreadWorkerClass() {
        return CmBillPrintExtractBatchWorker.class;
    }

    /**
     * Writes the records of one bill per work unit to the thread's extract file.
     */
    public static class CmBillPrintExtractBatchWorker extends CmBillPrintExtractBatchWorker_Gen {

        private static final String HEADER_SQL = "SELECT B.BILL_ID, B.ACCT_ID, B.BILL_DT, B.DUE_DT, B.ALT_BILL_ID "
                + "FROM CI_BILL B WHERE B.BILL_ID = :billId";

        private static final String LINES_SQL = "SELECT LN.DESCR_ON_BILL, LN.CALC_AMT, LN.CURRENCY_CD "
                + "FROM CI_BSEG BS, CI_BSEG_CALC_LN LN "
                + "WHERE BS.BILL_ID = :billId AND BS.BSEG_STAT_FLG = '50' "
                + "AND LN.BSEG_ID = BS.BSEG_ID AND LN.PRT_SW = 'Y' "
                + "ORDER BY LN.BSEG_ID, LN.HEADER_SEQ, LN.SEQNO";

        private static final String STAMP_SQL = "INSERT INTO CI_BILL_CHAR (BILL_ID, CHAR_TYPE_CD, SEQ_NUM, CHAR_VAL, "
                + "ADHOC_CHAR_VAL, CHAR_VAL_FK1, SRCH_CHAR_VAL, VERSION) "
                + "SELECT :billId, :charType, NVL(MAX(SEQ_NUM), 0) + 1, ' ', :runNbr, ' ', :runNbr, 1 "
                + "FROM CI_BILL_CHAR WHERE BILL_ID = :billId";

        private BufferedWriter writer;

        @Override
        public ThreadExecutionStrategy createExecutionStrategy() {
            return new StandardCommitStrategy(this);
        }

        @Override
        public void initializeThreadWork(boolean initializationPreviouslySuccessful) throws ThreadAbortedException, RunAbortedException {
            String prefix = isBlankOrNull(getParameters().getFileNamePrefix()) ? "CM_BILL_EXTRACT" : getParameters().getFileNamePrefix().trim();
            Path file = Paths.get(getParameters().getFileDirectory().trim(),
                    prefix + "_" + getParameters().getBatchNumber() + "_" + getParameters().getThreadNumber() + ".txt");
            try {
                writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new RunAbortedException(CmMessageRepository.unexpectedError("CmBillPrintExtractBatch", "cannot open " + file + ": " + e.getMessage()));
            }
        }

        @Override
        public boolean executeWorkUnit(ThreadWorkUnit unit) throws ThreadAbortedException, RunAbortedException {
            String billId = unit.getPrimaryId().getIdValue();
            SQLResultRow header;
            List<SQLResultRow> lines;

            PreparedStatement headerPs = createPreparedStatement(HEADER_SQL, "CmBillPrintExtractBatch - bill header");
            try {
                headerPs.bindString("billId", billId, "BILL_ID");
                header = headerPs.firstRow();
            } finally {
                headerPs.close();
            }
            PreparedStatement linesPs = createPreparedStatement(LINES_SQL, "CmBillPrintExtractBatch - printable lines");
            try {
                linesPs.bindString("billId", billId, "BILL_ID");
                lines = linesPs.list();
            } finally {
                linesPs.close();
            }
            if (isNull(header) || lines.isEmpty()) {
                logError(CmMessageRepository.billExtractFailed(billId.trim(), "bill not found or without printable lines"));
                return false;
            }

            BigDecimal total = BigDecimal.ZERO;
            for (SQLResultRow line : lines) {
                total = total.add(line.getBigDecimal("CALC_AMT"));
            }
            String invoice = isBlankOrNull(header.getString("ALT_BILL_ID")) ? billId.trim() : header.getString("ALT_BILL_ID").trim();
            try {
                writer.write("H|" + invoice + "|" + header.getString("ACCT_ID").trim() + "|" + header.getDate("BILL_DT")
                        + "|" + header.getDate("DUE_DT") + "|" + total.toPlainString());
                writer.newLine();
                for (SQLResultRow line : lines) {
                    String description = line.getString("DESCR_ON_BILL");
                    writer.write("L|" + invoice + "|" + (description == null ? "" : description.trim()) + "|"
                            + line.getBigDecimal("CALC_AMT").toPlainString() + "|" + line.getString("CURRENCY_CD").trim());
                    writer.newLine();
                }
            } catch (IOException e) {
                throw new RunAbortedException(CmMessageRepository.billExtractFailed(billId.trim(), e.getMessage()));
            }

            PreparedStatement stamp = createPreparedStatement(STAMP_SQL, "CmBillPrintExtractBatch - stamp extract run");
            try {
                stamp.bindString("billId", billId, "BILL_ID");
                stamp.bindString("charType", getParameters().getExtractedCharType(), "CHAR_TYPE_CD");
                stamp.bindString("runNbr", String.valueOf(getParameters().getBatchNumber()), "ADHOC_CHAR_VAL");
                stamp.executeUpdate();
            } finally {
                stamp.close();
            }
            return true;
        }

        @Override
        public void finalizeThreadWork() throws ThreadAbortedException, RunAbortedException {
            if (writer == null) {
                return;
            }
            try {
                writer.close();
            } catch (IOException e) {
                throw new RunAbortedException(CmMessageRepository.unexpectedError("CmBillPrintExtractBatch", e.getMessage()));
            }
        }
    }
}
