package com.splwg.ccb.domain.billing.bill;

import com.splwg.base.api.BusinessEntity;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.datatypes.DateTime;
import com.splwg.ccb.api.lookup.BillStatusLookup;
import com.splwg.ccb.domain.admin.billCycle.BillCycle;
import com.splwg.ccb.domain.customerinfo.account.Account;

/**
 * Bill (CI_BILL): groups the bill segments, adjustments and payments of an account for one bill
 * date. A bill is pending ('P') while segments are created and complete ('C') once bill completion
 * ran the customer class algorithms.
 */
public interface Bill extends BusinessEntity {

    @Override
    Bill_Id getId();

    /** Billed account (ACCT_ID). */
    Account getAccount();

    /** Pending or complete (BILL_STAT_FLG). */
    BillStatusLookup getBillStatus();

    /** Bill date (BILL_DT). */
    Date getBillDate();

    /** Payment due date (DUE_DT). */
    Date getDueDate();

    /** Bill cycle that created the bill (BILL_CYC_CD). */
    BillCycle getBillCycle();

    /** Start of the bill cycle window (WIN_START_DT). */
    Date getWindowStartDate();

    /** When the bill was completed (COMPLETE_DTTM). */
    DateTime getCompletionDateTime();

    /** Bill this credit note reverses (CR_NOTE_FR_BILL_ID). */
    Bill getCreditNoteForBill();

    /** Characteristics of this bill (CI_BILL_CHAR). */
    BillCharacteristics getCharacteristics();

    Bill_DTO getDTO();

    void setDTO(Bill_DTO dto);
}
