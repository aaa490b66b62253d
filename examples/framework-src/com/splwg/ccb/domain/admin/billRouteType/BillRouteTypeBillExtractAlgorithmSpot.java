package com.splwg.ccb.domain.admin.billRouteType;

import java.math.BigInteger;

import com.splwg.base.api.algorithms.AlgorithmSpot;
import com.splwg.base.api.batch.FileHelper;
import com.splwg.base.api.datatypes.Bool;
import com.splwg.base.domain.batch.batchControl.BatchControl;
import com.splwg.ccb.domain.billing.bill.Bill;

/**
 * Bill Route Type - Bill Extract. The algorithm plugged in on the bill route type for the system
 * event <b>Bill Extract</b> is called by the bill print extract background process for each bill
 * routed with that route type and writes the bill's print records (header, segments, messages,
 * totals) to the extract file handed in by the process.
 *
 * <p>Input hard parameters: the bill, the extract batch control and run numbers, the file helper
 * to write with and whether the bill is a trial bill. Output: a return code ({@code "0"} when the
 * bill was extracted).
 *
 * @AlgorithmSpot (algorithmEntityValues = { "billRouteTypeBillExtract"})
 */
public interface BillRouteTypeBillExtractAlgorithmSpot extends AlgorithmSpot {

    /** The bill to extract. */
    void setBill(Bill bill);

    /** Batch control of the extract process. */
    void setBatchControl(BatchControl batchControl);

    /** Run number of the extract. */
    void setBatchNumber(BigInteger batchNumber);

    /** Rerun number of the extract. */
    void setBatchRerunNumber(BigInteger batchRerunNumber);

    /** Writer of the extract file. */
    void setFileHelper(FileHelper fileHelper);

    /** True when the bill is a trial bill. */
    void setIsTrialBill(Bool isTrialBill);

    /** {@code "0"} when extracted, otherwise an error code. */
    String getReturnCode();
}
