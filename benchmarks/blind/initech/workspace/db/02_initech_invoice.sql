-- ============================================================================
-- Initech Financial Services - ORMB schema extract (CISADM), invoice area
-- bills (invoices), bill characteristics, bill segments and calculations
-- ============================================================================

CREATE TABLE CI_BILL (
    BILL_ID             CHAR(12)        NOT NULL,
    BILL_CYC_CD         CHAR(4),
    WIN_START_DT        DATE,
    ACCT_ID             CHAR(10)        NOT NULL,
    BILL_STAT_FLG       CHAR(2)         NOT NULL,
    BILL_DT             DATE,
    DUE_DT              DATE,
    CRE_DTTM            DATE            DEFAULT SYSDATE NOT NULL,
    COMPLETE_DTTM       DATE,
    LATE_PAY_CHARGE_SW  CHAR(1)         DEFAULT 'N' NOT NULL,
    ALLOW_REOPEN_SW     CHAR(1)         DEFAULT 'Y' NOT NULL,
    CR_NOTE_FR_BILL_ID  CHAR(12),
    ADHOC_BILL_SW       CHAR(1)         DEFAULT 'N' NOT NULL,
    ALT_BILL_ID         VARCHAR2(30),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_BILL_PK PRIMARY KEY (BILL_ID),
    CONSTRAINT CI_BILL_FK1 FOREIGN KEY (ACCT_ID) REFERENCES CI_ACCT (ACCT_ID)
);
COMMENT ON TABLE CI_BILL IS 'Bill (invoice) of an account for one bill date; P pending while built, C complete once finalized.';
COMMENT ON COLUMN CI_BILL.BILL_STAT_FLG IS 'P pending, C complete (finalized).';
COMMENT ON COLUMN CI_BILL.CR_NOTE_FR_BILL_ID IS 'Credit notes: the invoice being credited.';

CREATE TABLE CI_BILL_CHAR (
    BILL_ID             CHAR(12)        NOT NULL,
    CHAR_TYPE_CD        CHAR(8)         NOT NULL,
    SEQ_NUM             NUMBER(3)       NOT NULL,
    CHAR_VAL            CHAR(16)        DEFAULT ' ' NOT NULL,
    ADHOC_CHAR_VAL      VARCHAR2(254),
    CHAR_VAL_FK1        VARCHAR2(50),
    SRCH_CHAR_VAL       VARCHAR2(50),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_BILL_CHAR_PK PRIMARY KEY (BILL_ID, CHAR_TYPE_CD, SEQ_NUM),
    CONSTRAINT CI_BILL_CHAR_FK1 FOREIGN KEY (BILL_ID) REFERENCES CI_BILL (BILL_ID)
);
COMMENT ON TABLE CI_BILL_CHAR IS 'Bill characteristic: legal invoice number CM-INVNO, customer PO number CM-PONBR, print hold reason.';

CREATE TABLE CI_BSEG (
    BSEG_ID             CHAR(12)        NOT NULL,
    BILL_CYC_CD         CHAR(4),
    WIN_START_DT        DATE,
    CAN_RSN_CD          CHAR(4),
    CAN_BSEG_ID         CHAR(12),
    SA_ID               CHAR(10)        NOT NULL,
    BILL_ID             CHAR(12)        NOT NULL,
    START_DT            DATE,
    END_DT              DATE,
    EST_SW              CHAR(1)         DEFAULT 'N' NOT NULL,
    CLOSING_BSEG_SW     CHAR(1)         DEFAULT 'N' NOT NULL,
    BSEG_STAT_FLG       CHAR(2)         NOT NULL,
    CRE_DTTM            DATE            DEFAULT SYSDATE NOT NULL,
    STAT_CHG_DTTM       DATE,
    MASTER_BSEG_ID      CHAR(12),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_BSEG_PK PRIMARY KEY (BSEG_ID),
    CONSTRAINT CI_BSEG_FK1 FOREIGN KEY (BILL_ID) REFERENCES CI_BILL (BILL_ID),
    CONSTRAINT CI_BSEG_FK2 FOREIGN KEY (SA_ID) REFERENCES CI_SA (SA_ID)
);
COMMENT ON TABLE CI_BSEG IS 'Bill segment: charges of one contract on one invoice.';
COMMENT ON COLUMN CI_BSEG.BSEG_STAT_FLG IS '10 pending, 20 error, 30 freezable, 50 frozen, 60 cancel pending, 70 canceled.';

CREATE TABLE CI_BSEG_CALC (
    BSEG_ID             CHAR(12)        NOT NULL,
    HEADER_SEQ          NUMBER(3)       NOT NULL,
    START_DT            DATE,
    END_DT              DATE,
    CURRENCY_CD         CHAR(3)         NOT NULL,
    CALC_AMT            NUMBER(15,2)    DEFAULT 0 NOT NULL,
    EFFDT               DATE,
    RS_CD               CHAR(8),
    BILLABLE_CHG_ID     CHAR(12),
    DESCR_ON_BILL       VARCHAR2(254),
    PRICEITEM_CD        CHAR(30),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_BSEG_CALC_PK PRIMARY KEY (BSEG_ID, HEADER_SEQ),
    CONSTRAINT CI_BSEG_CALC_FK1 FOREIGN KEY (BSEG_ID) REFERENCES CI_BSEG (BSEG_ID)
);
COMMENT ON TABLE CI_BSEG_CALC IS 'Bill segment calculation header: one priced charge of a segment with its amount (CALC_AMT); the invoice total is the sum over its segments.';

CREATE TABLE CI_BSEG_CALC_LN (
    BSEG_ID             CHAR(12)        NOT NULL,
    HEADER_SEQ          NUMBER(3)       NOT NULL,
    SEQNO               NUMBER(5)       NOT NULL,
    DST_ID              CHAR(10),
    CURRENCY_CD         CHAR(3)         NOT NULL,
    CALC_AMT            NUMBER(15,2)    DEFAULT 0 NOT NULL,
    BASE_AMT            NUMBER(15,2),
    BILL_SQ             NUMBER(18,6),
    PRICECOMP_ID        CHAR(12),
    PRT_SW              CHAR(1)         DEFAULT 'Y' NOT NULL,
    DESCR_ON_BILL       VARCHAR2(254),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_BSEG_CALC_LN_PK PRIMARY KEY (BSEG_ID, HEADER_SEQ, SEQNO),
    CONSTRAINT CI_BSEG_CALC_LN_FK1 FOREIGN KEY (BSEG_ID, HEADER_SEQ) REFERENCES CI_BSEG_CALC (BSEG_ID, HEADER_SEQ)
);
COMMENT ON TABLE CI_BSEG_CALC_LN IS 'Bill segment calculation line: priced line with GL distribution code and print switch.';

CREATE INDEX XT206S1 ON CI_BILL (ACCT_ID, BILL_STAT_FLG);
CREATE INDEX XT207S1 ON CI_BSEG (BILL_ID);
