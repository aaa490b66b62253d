-- =====================================================================
--  GLOBEX TELECOM - ORMB 2.9  (schema CISADM)
--  Billing: bills, bill segments, calculation headers, billable charges
-- =====================================================================

CREATE TABLE CI_BILL (
    BILL_ID            CHAR(12)       NOT NULL,
    BILL_CYC_CD        CHAR(4),
    WIN_START_DT       DATE,
    ACCT_ID            CHAR(10)       NOT NULL,
    BILL_STAT_FLG      CHAR(2)        NOT NULL,
    BILL_DT            DATE,
    DUE_DT             DATE,
    CRE_DTTM           DATE           DEFAULT SYSDATE NOT NULL,
    COMPLETE_DTTM      DATE,
    LATE_PAY_CHARGE_SW CHAR(1)        DEFAULT 'N' NOT NULL,
    ALLOW_REOPEN_SW    CHAR(1)        DEFAULT 'Y' NOT NULL,
    CR_NOTE_FR_BILL_ID CHAR(12),
    ALT_BILL_ID        VARCHAR2(30),
    VERSION            NUMBER(5)      DEFAULT 1 NOT NULL,
    CONSTRAINT CI_BILL_PK PRIMARY KEY (BILL_ID),
    CONSTRAINT CI_BILL_FK1 FOREIGN KEY (ACCT_ID) REFERENCES CI_ACCT (ACCT_ID)
);
COMMENT ON TABLE CI_BILL IS 'Bill (invoice). BILL_STAT_FLG P pending, C complete, DUE_DT drives delinquency.';

CREATE TABLE CI_BILL_CHAR (
    BILL_ID            CHAR(12)       NOT NULL,
    CHAR_TYPE_CD       CHAR(8)        NOT NULL,
    SEQ_NUM            NUMBER(3)      NOT NULL,
    CHAR_VAL           CHAR(16)       DEFAULT ' ' NOT NULL,
    ADHOC_CHAR_VAL     VARCHAR2(254),
    CHAR_VAL_FK1       VARCHAR2(50),
    SRCH_CHAR_VAL      VARCHAR2(50),
    VERSION            NUMBER(5)      DEFAULT 1 NOT NULL,
    CONSTRAINT CI_BILL_CHAR_PK PRIMARY KEY (BILL_ID, CHAR_TYPE_CD, SEQ_NUM),
    CONSTRAINT CI_BILL_CHAR_FK1 FOREIGN KEY (BILL_ID) REFERENCES CI_BILL (BILL_ID)
);
COMMENT ON TABLE CI_BILL_CHAR IS 'Bill characteristics (legal invoice number GX-INVNO, high value flag...).';

CREATE TABLE CI_BSEG (
    BSEG_ID            CHAR(12)       NOT NULL,
    BILL_CYC_CD        CHAR(4),
    SA_ID              CHAR(10)       NOT NULL,
    BILL_ID            CHAR(12)       NOT NULL,
    START_DT           DATE           NOT NULL,
    END_DT             DATE           NOT NULL,
    BSEG_STAT_FLG      CHAR(2)        NOT NULL,
    CRE_DTTM           DATE           DEFAULT SYSDATE NOT NULL,
    VERSION            NUMBER(5)      DEFAULT 1 NOT NULL,
    CONSTRAINT CI_BSEG_PK PRIMARY KEY (BSEG_ID),
    CONSTRAINT CI_BSEG_FK1 FOREIGN KEY (BILL_ID) REFERENCES CI_BILL (BILL_ID),
    CONSTRAINT CI_BSEG_FK2 FOREIGN KEY (SA_ID) REFERENCES CI_SA (SA_ID)
);
COMMENT ON TABLE CI_BSEG IS 'Bill segment: charges of one contract on one bill. BSEG_STAT_FLG 10 error, 20 freezable, 50 frozen, 60 canceled.';

CREATE TABLE CI_BSEG_CALC (
    BSEG_ID            CHAR(12)       NOT NULL,
    HEADER_SEQ         NUMBER(3)      NOT NULL,
    START_DT           DATE,
    END_DT             DATE,
    CURRENCY_CD        CHAR(3)        NOT NULL,
    CALC_AMT           NUMBER(15,2)   DEFAULT 0 NOT NULL,
    RS_CD              CHAR(8),
    BILLABLE_CHG_ID    CHAR(12),
    DESCR_ON_BILL      VARCHAR2(254),
    VERSION            NUMBER(5)      DEFAULT 1 NOT NULL,
    CONSTRAINT CI_BSEG_CALC_PK PRIMARY KEY (BSEG_ID, HEADER_SEQ),
    CONSTRAINT CI_BSEG_CALC_FK1 FOREIGN KEY (BSEG_ID) REFERENCES CI_BSEG (BSEG_ID)
);

CREATE TABLE CI_BILL_CHG (
    BILLABLE_CHG_ID    CHAR(12)       NOT NULL,
    SA_ID              CHAR(10)       NOT NULL,
    START_DT           DATE           NOT NULL,
    END_DT             DATE           NOT NULL,
    BILLABLE_CHG_STAT  CHAR(2)        NOT NULL,
    PRICEITEM_CD       CHAR(30),
    CHG_TYPE_CD        CHAR(8),
    DESCR_ON_BILL      VARCHAR2(254),
    FEED_SOURCE_FLG    CHAR(4),
    CRE_DTTM           DATE           DEFAULT SYSDATE,
    VERSION            NUMBER(5)      DEFAULT 1 NOT NULL,
    CONSTRAINT CI_BILL_CHG_PK PRIMARY KEY (BILLABLE_CHG_ID),
    CONSTRAINT CI_BILL_CHG_FK1 FOREIGN KEY (SA_ID) REFERENCES CI_SA (SA_ID)
);
COMMENT ON TABLE CI_BILL_CHG IS 'Billable charge (device instalments, roaming packs, one-off fees). BILLABLE_CHG_STAT 10 billable, 20 canceled.';

CREATE INDEX GX_BILL_ACCT_IX ON CI_BILL (ACCT_ID, BILL_STAT_FLG);
CREATE INDEX GX_BSEG_BILL_IX ON CI_BSEG (BILL_ID);
CREATE INDEX GX_BCHG_SA_IX ON CI_BILL_CHG (SA_ID, BILLABLE_CHG_STAT);
