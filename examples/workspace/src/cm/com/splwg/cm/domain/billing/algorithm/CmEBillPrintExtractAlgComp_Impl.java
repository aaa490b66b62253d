package com.splwg.cm.domain.billing.algorithm;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

import com.splwg.base.api.batch.FileHelper;
import com.splwg.base.api.datatypes.Bool;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.base.domain.batch.batchControl.BatchControl;
import com.splwg.ccb.domain.admin.billRouteType.BillRouteTypeBillExtractAlgorithmSpot;
import com.splwg.ccb.domain.billing.bill.Bill;
import com.splwg.cm.domain.common.messageRepository.CmMessageRepository;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Writes a bill in the e-bill vendor's pipe-delimited layout: one H record (invoice, customer
 * name, dates, total), one L record per printable calculation line and one M record per bill
 * message. Trial bills are written with a T flag in the header so the vendor can route them to
 * the test mailbox. Returns "1" (not extracted) for a bill without printable lines.
 *
 * Plugged on the Bill Route Type of the e-bill route, Bill Extract event.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = nameType, required = true, type = string)
 *            , @AlgorithmSoftParameter (name = fieldSeparator, type = string)})
 */
public class CmEBillPrintExtractAlgComp_Impl extends CmEBillPrintExtractAlgComp_Gen implements BillRouteTypeBillExtractAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmEBillPrintExtractAlgComp_Impl.class);

    private static final String RC_EXTRACTED = "0";
    private static final String RC_NOTHING_TO_PRINT = "1";

    private static final String HEADER_SQL = """
            SELECT B.BILL_ID, B.ACCT_ID, B.BILL_DT, B.DUE_DT, B.ALT_BILL_ID,
                   AP.PER_ID, PN.ENTITY_NAME
              FROM CI_BILL B, CI_ACCT_PER AP, CI_PER_NAME PN
             WHERE B.BILL_ID = :billId
               AND AP.ACCT_ID = B.ACCT_ID
               AND AP.MAIN_CUST_SW = 'Y'
               AND PN.PER_ID = AP.PER_ID
               AND PN.NAME_TYPE_FLG = :nameType
               AND PN.PRIM_NAME_SW = 'Y'
            """;

    private static final String LINES_SQL = """
            SELECT LN.BSEG_ID, LN.SEQNO, LN.DESCR_ON_BILL, LN.BILL_SQ, LN.CALC_AMT, LN.CURRENCY_CD
              FROM CI_BSEG BS, CI_BSEG_CALC_LN LN
             WHERE BS.BILL_ID = :billId
               AND BS.BSEG_STAT_FLG = '50'
               AND LN.BSEG_ID = BS.BSEG_ID
               AND LN.PRT_SW = 'Y'
             ORDER BY BS.START_DT, LN.BSEG_ID, LN.HEADER_SEQ, LN.SEQNO
            """;

    private static final String MESSAGES_SQL = """
            SELECT M.BILL_MSG_CD, M.MSG_PARM_VAL
              FROM CI_BILL_MSGS M
             WHERE M.BILL_ID = :billId
             ORDER BY M.BILL_MSG_CD
            """;

    private Bill bill;
    private FileHelper fileHelper;
    private Bool isTrialBill = Bool.FALSE;
    private String returnCode = RC_EXTRACTED;

    @Override
    public void invoke() {
        String sep = isBlankOrNull(getFieldSeparator()) ? "|" : getFieldSeparator().trim();

        List<SQLResultRow> lines;
        PreparedStatement linePs = createPreparedStatement(LINES_SQL, "CmEBillPrintExtract - printable lines");
        try {
            linePs.bindId("billId", bill.getId());
            lines = linePs.list();
        } finally {
            linePs.close();
        }
        if (lines.isEmpty()) {
            logger.info("Bill " + bill.getId().getTrimmedValue() + " has no printable lines; not extracted");
            returnCode = RC_NOTHING_TO_PRINT;
            return;
        }

        BigDecimal total = BigDecimal.ZERO;
        for (SQLResultRow line : lines) {
            total = total.add(line.getBigDecimal("CALC_AMT"));
        }

        SQLResultRow header;
        PreparedStatement headerPs = createPreparedStatement(HEADER_SQL, "CmEBillPrintExtract - bill header");
        try {
            headerPs.bindId("billId", bill.getId());
            headerPs.bindString("nameType", getNameType(), "NAME_TYPE_FLG");
            header = headerPs.firstRow();
        } finally {
            headerPs.close();
        }
        if (isNull(header)) {
            addError(CmMessageRepository.billExtractFailed(bill.getId().getTrimmedValue(), "no main customer name of type " + getNameType()));
        }

        StringBuilder rec = new StringBuilder();
        rec.append('H').append(sep)
                .append(isTrialBill.isTrue() ? 'T' : 'P').append(sep)
                .append(invoiceNumber(header)).append(sep)
                .append(header.getString("ACCT_ID").trim()).append(sep)
                .append(header.getString("ENTITY_NAME").trim()).append(sep)
                .append(header.getDate("BILL_DT")).append(sep)
                .append(header.getDate("DUE_DT")).append(sep)
                .append(total.toPlainString());
        fileHelper.writeRecord(rec.toString());

        for (SQLResultRow line : lines) {
            rec.setLength(0);
            rec.append('L').append(sep)
                    .append(line.getString("BSEG_ID").trim()).append(sep)
                    .append(line.getInteger("SEQNO")).append(sep)
                    .append(nullToEmpty(line.getString("DESCR_ON_BILL"))).append(sep)
                    .append(line.getBigDecimal("BILL_SQ") == null ? "" : line.getBigDecimal("BILL_SQ").toPlainString()).append(sep)
                    .append(line.getBigDecimal("CALC_AMT").toPlainString()).append(sep)
                    .append(line.getString("CURRENCY_CD").trim());
            fileHelper.writeRecord(rec.toString());
        }

        PreparedStatement msgPs = createPreparedStatement(MESSAGES_SQL, "CmEBillPrintExtract - bill messages");
        try {
            msgPs.bindId("billId", bill.getId());
            for (SQLResultRow msg : msgPs.list()) {
                fileHelper.writeRecord("M" + sep + msg.getString("BILL_MSG_CD").trim() + sep + nullToEmpty(msg.getString("MSG_PARM_VAL")));
            }
        } finally {
            msgPs.close();
        }
        logger.debug("Bill " + bill.getId().getTrimmedValue() + " extracted with " + lines.size() + " line(s) to " + fileHelper.getFileName());
    }

    /** The invoice number printed is the alternate bill id once the invoice numbering algorithm assigned one. */
    private String invoiceNumber(SQLResultRow header) {
        String alternate = header.getString("ALT_BILL_ID");
        return isBlankOrNull(alternate) ? header.getString("BILL_ID").trim() : alternate.trim();
    }

    private String nullToEmpty(String value) {
        return value == null ? "" : value.trim();
    }

    @Override
    public void setBill(Bill bill) {
        this.bill = bill;
    }

    @Override
    public void setBatchControl(BatchControl batchControl) {
    }

    @Override
    public void setBatchNumber(BigInteger batchNumber) {
    }

    @Override
    public void setBatchRerunNumber(BigInteger batchRerunNumber) {
    }

    @Override
    public void setFileHelper(FileHelper fileHelper) {
        this.fileHelper = fileHelper;
    }

    @Override
    public void setIsTrialBill(Bool isTrialBill) {
        this.isTrialBill = isTrialBill == null ? Bool.FALSE : isTrialBill;
    }

    @Override
    public String getReturnCode() {
        return returnCode;
    }
}
