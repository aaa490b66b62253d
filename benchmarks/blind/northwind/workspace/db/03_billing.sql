-- ============================================================================
-- Northwind Energy ORMB - billing: bills, bill segments, calculations
-- ============================================================================

CREATE TABLE CI_BILL (
    BILL_ID             CHAR(12)        NOT NULL,
    ACCT_ID             CHAR(10)        NOT NULL,
    BILL_STAT_FLG       CHAR(2)         NOT NULL,
    BILL_CYC_CD         CHAR(4),
    WIN_START_DT        DATE,
    BILL_DT             DATE,
    DUE_DT              DATE,
    CRE_DTTM            DATE,
    COMPLETE_DTTM       DATE,
    CR_NOTE_FR_BILL_ID  CHAR(12),
    ALT_BILL_ID         VARCHAR2(30),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_BILL_PK PRIMARY KEY (BILL_ID)
);
COMMENT ON TABLE CI_BILL IS 'Bill (invoice) of an account: P pending, C complete.';

CREATE TABLE CI_BILL_CHAR (
    BILL_ID             CHAR(12)        NOT NULL,
    CHAR_TYPE_CD        CHAR(8)         NOT NULL,
    SEQ_NUM             NUMBER(3)       NOT NULL,
    CHAR_VAL            CHAR(16)        DEFAULT ' ' NOT NULL,
    ADHOC_CHAR_VAL      VARCHAR2(254),
    CHAR_VAL_FK1        VARCHAR2(50),
    SRCH_CHAR_VAL       VARCHAR2(50),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_BILL_CHAR_PK PRIMARY KEY (BILL_ID, CHAR_TYPE_CD, SEQ_NUM)
);
COMMENT ON TABLE CI_BILL_CHAR IS 'Bill characteristic: invoice number, large bill flag, print hold.';

CREATE TABLE CI_BSEG (
    BSEG_ID             CHAR(12)        NOT NULL,
    BILL_ID             CHAR(12)        NOT NULL,
    SA_ID               CHAR(10)        NOT NULL,
    BSEG_STAT_FLG       CHAR(2)         NOT NULL,
    START_DT            DATE,
    END_DT              DATE,
    CAN_RSN_CD          CHAR(4),
    CRE_DTTM            DATE,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_BSEG_PK PRIMARY KEY (BSEG_ID)
);
COMMENT ON TABLE CI_BSEG IS 'Bill segment: the charges of one contract on one bill. Status 10 pending, 20 error, 30 freezable, 50 frozen, 60 cancel pending, 70 cancelled.';

CREATE TABLE CI_BSEG_CALC (
    BSEG_ID             CHAR(12)        NOT NULL,
    HEADER_SEQ          NUMBER(3)       NOT NULL,
    START_DT            DATE,
    END_DT              DATE,
    CURRENCY_CD         CHAR(3)         DEFAULT 'GBP' NOT NULL,
    CALC_AMT            NUMBER(15,2)    DEFAULT 0 NOT NULL,
    RS_CD               CHAR(8),
    BILLABLE_CHG_ID     CHAR(12),
    PRICEITEM_CD        CHAR(30),
    DESCR_ON_BILL       VARCHAR2(254),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_BSEG_CALC_PK PRIMARY KEY (BSEG_ID, HEADER_SEQ)
);
COMMENT ON TABLE CI_BSEG_CALC IS 'Bill segment calculation header; BILLABLE_CHG_ID links the billed billable charge.';

CREATE TABLE CI_BSEG_CALC_LN (
    BSEG_ID             CHAR(12)        NOT NULL,
    HEADER_SEQ          NUMBER(3)       NOT NULL,
    SEQNO               NUMBER(5)       NOT NULL,
    CALC_AMT            NUMBER(15,2)    DEFAULT 0 NOT NULL,
    BILL_SQ             NUMBER(18,6),
    DST_ID              CHAR(10),
    PRICECOMP_ID        CHAR(12),
    DESCR_ON_BILL       VARCHAR2(254),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_BSEG_CALC_LN_PK PRIMARY KEY (BSEG_ID, HEADER_SEQ, SEQNO)
);
COMMENT ON TABLE CI_BSEG_CALC_LN IS 'Bill segment calculation line (unit rate, standing charge, CCL, VAT).';
