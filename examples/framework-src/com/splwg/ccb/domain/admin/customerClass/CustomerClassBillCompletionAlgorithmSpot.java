package com.splwg.ccb.domain.admin.customerClass;

import com.splwg.base.api.algorithms.AlgorithmSpot;
import com.splwg.base.api.datatypes.Bool;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.domain.common.currency.Currency;
import com.splwg.ccb.domain.billing.bill.BillData;

/**
 * Customer Class - Bill Completion. Algorithms plugged in on the customer class for the system
 * event <b>Bill Completion</b> run while a bill is being completed, after the Pre-Bill
 * Completion algorithms and the freezing of the bill's segments, and before the bill is saved as
 * complete. They receive the bill as {@link BillData} and may change it: set or recalculate the
 * due date (payment terms), stamp bill characteristics, add bill messages.
 *
 * <p>Input hard parameters: bill data, bill date, accounting date and the account's currency.
 * Output: the (possibly modified) bill data and whether the completed bill may later be reopened.
 *
 * @AlgorithmSpot (algorithmEntityValues = { "customerClassBillCompletion"})
 */
public interface CustomerClassBillCompletionAlgorithmSpot extends AlgorithmSpot {

    /** The bill being completed. */
    void setBillData(BillData billData);

    /** Bill date. */
    void setBillDate(Date billDate);

    /** Accounting date of the bill's financial transactions. */
    void setAccountingDate(Date accountingDate);

    /** Currency of the account. */
    void setCurrency(Currency currency);

    /** The bill data with the algorithm's changes (due date, characteristics...). */
    BillData getBillData();

    /** Whether the bill may be reopened after completion. */
    Bool getAllowBillReopen();
}
