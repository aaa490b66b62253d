package com.splwg.ccb.domain.admin.serviceAgreementType;

import java.math.BigInteger;

import com.splwg.base.api.algorithms.AlgorithmSpot;
import com.splwg.base.api.datatypes.Bool;
import com.splwg.base.api.datatypes.Date;

/**
 * SA Type - Post Processing (billing). Algorithms plugged in on the SA type for the ORMB billing
 * <b>post-processing</b> event run for each contract of that type after its bill segment has been
 * generated in a bill run, e.g. to create post-processing bill segments (BSEG_TYPE_FLG 'POST')
 * such as minimum charges, true-ups or tax segments, or to decide that no post-processing is
 * needed for the contract.
 *
 * <p>The framework passes the billing context as plain values (identifiers as strings, dates and
 * switches) rather than entities, so that the algorithm can run without loading the bill. Output:
 * a switch telling billing to skip the remaining post-processing for the contract.
 *
 * @AlgorithmSpot (algorithmEntityValues = { "saTypePostProcessing"})
 */
public interface SaTypePostProcessingAlgorithmSpot extends AlgorithmSpot {

    /** BILL_ID of the bill being built. */
    void setBillId(String billId);

    /** SA_ID of the contract. */
    void setSaId(String saId);

    /** ACCT_ID of the account. */
    void setAccountId(String accountId);

    /** SA_TYPE_CD of the contract. */
    void setSaTypeCd(String saTypeCd);

    /** CIS_DIVISION of the contract. */
    void setCisDivision(String cisDivision);

    /** CURRENCY_CD of the contract. */
    void setCurrencyCd(String currencyCd);

    /** BILL_CYC_CD of the billing run. */
    void setBillCycCode(String billCycCode);

    /** Window start date of the bill cycle. */
    void setWinStartDt(Date winStartDt);

    /** Cut-off date of the billing period. */
    void setCutOffDate(Date cutOffDate);

    /** Bill date. */
    void setBillDate(Date billDate);

    /** Accounting date. */
    void setAccountingDate(Date accountingDate);

    /** Start of the segment's period. */
    void setStartDate(Date startDate);

    /** End of the segment's period. */
    void setEndDate(Date endDate);

    /** BSEG_ID of the regular bill segment just created, blank when none. */
    void setBsegId(String bsegId);

    /** PRICEITEM_CD billed by the segment (ORMB), blank when not applicable. */
    void setPriceItemCd(String priceItemCd);

    /** Batch control code of the billing run. */
    void setBatchCd(String batchCd);

    /** Run number of the billing batch. */
    void setBatchNbr(BigInteger batchNbr);

    /** True when the bill is a trial bill. */
    void setTrialBillSw(Bool trialBillSw);

    /** True when the contract is being billed for the last time (final bill). */
    void setFinalBillSw(Bool finalBillSw);

    /** True when estimated segments are allowed. */
    void setAllowEstimateSw(Bool allowEstimateSw);

    /** True to skip the remaining post-processing algorithms for the contract. */
    Bool getSkipSw();
}
