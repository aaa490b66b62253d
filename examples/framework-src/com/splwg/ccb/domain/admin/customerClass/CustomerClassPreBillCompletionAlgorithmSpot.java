package com.splwg.ccb.domain.admin.customerClass;

import java.util.List;

import com.splwg.base.api.algorithms.AlgorithmSpot;
import com.splwg.base.api.datatypes.Bool;
import com.splwg.base.api.datatypes.Date;
import com.splwg.ccb.api.lookup.BillCompletionActionLookup;
import com.splwg.ccb.domain.billing.bill.Bill;
import com.splwg.ccb.domain.billing.billSegment.BillSegment;
import com.splwg.ccb.domain.customerinfo.account.Account;
import com.splwg.shared.common.ServerMessage;

/**
 * Customer Class - Pre-Bill Completion. Algorithms plugged in on the customer class for the
 * system event <b>Pre-Bill Completion</b> run when a bill of an account of that class is about to
 * be completed (online Complete, or the BILLING batch), after all bill segments have been created
 * and before the bill's status becomes Complete ({@code CI_BILL.BILL_STAT_FLG = 'C'}).
 *
 * <p>Typical uses: validate the pending bill (minimum amount, missing segments, segments in
 * error), delete bills that should not go out (zero bills, bills of accounts on hold) or create
 * last-minute charges. An algorithm stops completion by calling {@code addError} (the bill stays
 * pending and the error is shown or logged) or asks for the pending bill to be deleted by returning
 * {@link BillCompletionActionLookup#constants}{@code .DELETE_BILL} from
 * {@link #getBillCompletionAction()}. The algorithms are executed in sequence order; the first
 * one that returns DELETE_BILL ends the chain.
 *
 * <p>Input hard parameters: the bill, its account, bill date, accounting date, the bill's
 * segments, the bill being credited (credit notes) and whether bills may be reopened. Output: the
 * completion action and an optional message explaining it.
 *
 * @AlgorithmSpot (algorithmEntityValues = { "customerClassPreBillCompletion"})
 */
public interface CustomerClassPreBillCompletionAlgorithmSpot extends AlgorithmSpot {

    /** The pending bill being completed. */
    void setBill(Bill bill);

    /** The bill's account. */
    void setAccount(Account account);

    /** Accounting date the bill's financial transactions will carry. */
    void setAccountingDate(Date accountingDate);

    /** Bill date of the bill being completed. */
    void setBillDate(Date billDate);

    /** The bill segments of the bill (all statuses). */
    void setBillSegments(List<BillSegment> billSegments);

    /** Whether completed bills of the account may be reopened by the user. */
    void setAllowReopeningOfBills(Bool allowReopeningOfBills);

    /** For a credit note, the bill it credits; otherwise null. */
    void setCreditNoteForBill(Bill creditNoteForBill);

    /** Possibly changed reopen permission. */
    Bool getAllowReopeningOfBills();

    /**
     * What bill completion does next: {@code CARRYONWITH_BILL_COMPLETION} (default) or
     * {@code DELETE_BILL} to delete the pending bill.
     */
    BillCompletionActionLookup getBillCompletionAction();

    /** Message explaining the action (e.g. why the bill was deleted); may be null. */
    ServerMessage getServerMessage();
}
