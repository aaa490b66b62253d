package com.splwg.ccb.domain.financial.financialTransaction;

import com.splwg.base.api.BusinessEntity;
import com.splwg.base.api.datatypes.Bool;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.datatypes.DateTime;
import com.splwg.base.api.datatypes.Money;
import com.splwg.base.domain.common.currency.Currency;
import com.splwg.ccb.api.lookup.FinancialTransactionTypeLookup;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;

/**
 * Financial transaction (CI_FT): the accounting effect of a bill segment, payment segment or
 * adjustment on a contract's balance; SIBLING_ID holds the originating bill segment, payment
 * segment or adjustment and FT_TYPE_FLG tells which (BS, BX, PS, PX, AD, AX). GL lines live in
 * CI_FT_GL. Freezing an FT runs the customer class FT Freeze algorithms.
 */
public interface FinancialTransaction extends BusinessEntity {

    @Override
    FinancialTransaction_Id getId();

    /** Contract whose balance changes (SA_ID). */
    ServiceAgreement getServiceAgreement();

    /** Id of the originating bill segment, payment segment or adjustment (SIBLING_ID). */
    String getSiblingId();

    /** Id of the parent bill, payment or adjustment type (PARENT_ID). */
    String getParentId();

    /** BS, BX, PS, PX, AD or AX (FT_TYPE_FLG). */
    FinancialTransactionTypeLookup getFinancialTransactionType();

    /** Effect on the current balance (CUR_AMT). */
    Money getCurrentAmount();

    /** Effect on the payoff balance (TOT_AMT). */
    Money getPayoffAmount();

    /** Currency (CURRENCY_CD). */
    Currency getCurrency();

    /** Bill the FT appeared on, blank if none yet (BILL_ID). */
    String getBillId();

    /** Accounting date (GL period) (ACCOUNTING_DT). */
    Date getAccountingDate();

    /** Whether the FT is frozen (FREEZE_SW). */
    Bool getFreezeSwitch();

    /** When the FT was frozen (FREEZE_DTTM). */
    DateTime getFreezeDateTime();

    /** Whether the FT appears on the next bill (SHOW_ON_BILL_SW). */
    Bool getShowOnBill();

    /** Match event for open-item accounting (MATCH_EVT_ID). */
    String getMatchEventId();
}
