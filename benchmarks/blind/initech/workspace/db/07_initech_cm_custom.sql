-- ============================================================================
-- Initech Financial Services - custom (CM) tables, owner CM, tablespace CM_DATA
-- ============================================================================

CREATE TABLE CM_INV_NBR_SEQ (
    CIS_DIVISION        CHAR(5)         NOT NULL,
    INV_PREFIX          VARCHAR2(10)    NOT NULL,
    NEXT_INV_NBR        NUMBER(10)      DEFAULT 1 NOT NULL,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CM_INV_NBR_SEQ_PK PRIMARY KEY (CIS_DIVISION)
);
COMMENT ON TABLE CM_INV_NBR_SEQ IS 'Legal invoice number range per division (gapless, used by CmInvoiceNumberStamp_Impl).';

CREATE TABLE CM_INV_REMINDER (
    BILL_ID             CHAR(12)        NOT NULL,
    REMINDER_DT         DATE            NOT NULL,
    REMINDER_STATUS_FLG CHAR(4)         DEFAULT 'PEND' NOT NULL,
    SENT_DTTM           DATE,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CM_INV_REMINDER_PK PRIMARY KEY (BILL_ID)
);
COMMENT ON TABLE CM_INV_REMINDER IS 'Payment reminders queued for overdue invoices (batch CM-INVRM); PEND pending, SENT sent.';

CREATE TABLE CM_COLL_HOLD (
    SA_ID               CHAR(10)        NOT NULL,
    HOLD_RSN_CD         CHAR(8)         NOT NULL,
    HOLD_STATUS_FLG     CHAR(4)         DEFAULT 'ACTV' NOT NULL,
    START_DT            DATE            NOT NULL,
    RELEASE_DT          DATE,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CM_COLL_HOLD_PK PRIMARY KEY (SA_ID, HOLD_RSN_CD),
    CONSTRAINT CM_COLL_HOLD_FK1 FOREIGN KEY (SA_ID) REFERENCES CI_SA (SA_ID)
);
COMMENT ON TABLE CM_COLL_HOLD IS 'Collection holds on contracts (dunning stopped while a receivable is outstanding / disputed).';
COMMENT ON COLUMN CM_COLL_HOLD.HOLD_STATUS_FLG IS 'ACTV active, RLSD released.';
COMMENT ON COLUMN CM_COLL_HOLD.RELEASE_DT IS 'Date the hold was released.';

CREATE TABLE CM_GL_COA (
    NATURAL_ACCT        VARCHAR2(10)    NOT NULL,
    DESCR               VARCHAR2(60),
    ACCT_CLASS_FLG      CHAR(4),
    ACTIVE_SW           CHAR(1)         DEFAULT 'Y' NOT NULL,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CM_GL_COA_PK PRIMARY KEY (NATURAL_ACCT)
);
COMMENT ON TABLE CM_GL_COA IS 'Chart of accounts replica from the corporate ledger: natural accounts (first GL segment) and whether they are open for posting.';
COMMENT ON COLUMN CM_GL_COA.ACTIVE_SW IS 'Y active (postable), N inactive.';

CREATE TABLE CM_GL_PERIOD_CLOSE (
    CALENDAR_ID         CHAR(12)        NOT NULL,
    PERIOD_START_DT     DATE            NOT NULL,
    PERIOD_END_DT       DATE            NOT NULL,
    CLOSE_STATUS_FLG    CHAR(4)         DEFAULT 'OPEN' NOT NULL,
    LOCKED_BY           CHAR(8),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CM_GL_PERIOD_CLOSE_PK PRIMARY KEY (CALENDAR_ID, PERIOD_START_DT)
);
COMMENT ON TABLE CM_GL_PERIOD_CLOSE IS 'Month-end close status of ledger periods: OPEN, LOCK (locked by finance).';

CREATE TABLE CM_GL_FT_STG (
    FT_ID               CHAR(12)        NOT NULL,
    SA_ID               CHAR(10)        NOT NULL,
    FT_TYPE_FLG         CHAR(2)         NOT NULL,
    CUR_AMT             NUMBER(15,2)    DEFAULT 0 NOT NULL,
    CURRENCY_CD         CHAR(3)         NOT NULL,
    ACCOUNTING_DT       DATE,
    STG_STATUS_FLG      CHAR(4)         DEFAULT 'PEND' NOT NULL,
    CRE_DTTM            DATE,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CM_GL_FT_STG_PK PRIMARY KEY (FT_ID)
);
COMMENT ON TABLE CM_GL_FT_STG IS 'GL interface staging: FTs waiting to be sent to the corporate ledger. STG_STATUS_FLG PEND pending, SENT sent, ERR error.';

CREATE TABLE CM_FX_RATE (
    FROM_CURRENCY_CD    CHAR(3)         NOT NULL,
    TO_CURRENCY_CD      CHAR(3)         NOT NULL,
    RATE_TYPE_CD        CHAR(8)         NOT NULL,
    EFFDT               DATE            NOT NULL,
    FX_RATE             NUMBER(18,8)    NOT NULL,
    SOURCE_FLG          CHAR(4),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CM_FX_RATE_PK PRIMARY KEY (FROM_CURRENCY_CD, TO_CURRENCY_CD, RATE_TYPE_CD, EFFDT)
);
COMMENT ON TABLE CM_FX_RATE IS 'Treasury exchange rates: 1 unit of FROM_CURRENCY_CD = FX_RATE units of TO_CURRENCY_CD from EFFDT on; RATE_TYPE_CD SPOT, MONTHAVG.';
