package com.northwind.ormb.ext.common;

/**
 * Status values and codes shared by the Northwind extensions. Characteristic types and To Do
 * types are NOT constants: they are soft parameters of the algorithms.
 */
public final class NwConstants {

    private NwConstants() {
    }

    // CI_TXN_DETAIL.BO_STATUS_CD (C1-TxnDetail lifecycle)
    public static final String TXN_UPLOADED = "UPLD";
    public static final String TXN_VALIDATED = "VALD";
    public static final String TXN_ERROR = "ERROR";
    public static final String TXN_COMPLETED = "CMPL";
    public static final String TXN_CANCELLED = "CANC";

    // CI_PRICEASGN.PRICE_STATUS_FLAG
    public static final String PRICE_ACTIVE = "ACTV";
    public static final String PRICE_PENDING_APPROVAL = "PNDA";
    public static final String PRICE_REJECTED = "RJCT";

    // CI_PRICEASGN.PA_OWNER_TYPE_FLG / CI_PARTY.PARTY_TYPE_FLG
    public static final String OWNER_PRICE_LIST = "PLST";
    public static final String OWNER_PARTY = "PRTY";
    public static final String PARTY_ACCOUNT = "ACCT";
    public static final String PARTY_PERSON = "PERS";

    // CI_SA.SA_STATUS_FLG
    public static final String SA_ACTIVE = "20";
    public static final String SA_PENDING_STOP = "30";
    public static final String SA_STOPPED = "40";

    // CI_BSEG.BSEG_STAT_FLG
    public static final String BSEG_FROZEN = "50";
    public static final String BSEG_CANCELLED = "70";

    // CI_BILL_CHG.BILLABLE_CHG_STAT
    public static final String BCHG_BILLABLE = "10";
    public static final String BCHG_CANCELLED = "20";

    /** Y/N values of predefined flag characteristics. */
    public static final String YES = "Y";
    public static final String NO = "N";
}
