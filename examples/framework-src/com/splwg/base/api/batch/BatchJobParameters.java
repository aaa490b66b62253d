package com.splwg.base.api.batch;

import java.math.BigInteger;

import com.splwg.base.api.datatypes.Date;

/**
 * Run parameters of a batch submission: the standard ones (business date, thread count and
 * number, run numbers) plus the soft parameters of the batch control. The generated
 * {@code _Gen} of a batch job narrows {@code getParameters()} to a subclass with one typed getter
 * per {@code @BatchJobSoftParameter}.
 */
public class BatchJobParameters {

    /** Business date of the run ("today" for the job). */
    public Date getProcessDate() {
        return null;
    }

    public BigInteger getThreadCount() {
        return null;
    }

    public BigInteger getThreadNumber() {
        return null;
    }

    public BigInteger getBatchNumber() {
        return null;
    }

    public BigInteger getBatchRerunNumber() {
        return null;
    }

    public BigInteger getMaximumErrors() {
        return null;
    }

    /** Batch control code, e.g. {@code CM-LPCG}. */
    public String getBatchCode() {
        return null;
    }

    public String getUserId() {
        return null;
    }

    public String getLanguageCode() {
        return null;
    }

    /** Raw value of a soft parameter, by name. */
    public String getParameter(String name) {
        return null;
    }
}
