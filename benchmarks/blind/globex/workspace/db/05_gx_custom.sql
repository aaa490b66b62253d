-- =====================================================================
--  GLOBEX TELECOM - custom (CM_) tables
--  Owner: Globex ORMB team. Change log in GX-DB-CHANGES.md
-- =====================================================================

-- Collection holds: while an ACTIVE hold exists the account is left out of dunning.
CREATE TABLE CM_COLL_HOLD (
    ACCT_ID            CHAR(10)       NOT NULL,
    HOLD_SEQ           NUMBER(3)      NOT NULL,
    HOLD_RSN_CD        CHAR(8)        NOT NULL,
    HOLD_STATUS_FLG    CHAR(2)        DEFAULT '10' NOT NULL,
    START_DT           DATE           NOT NULL,
    END_DT             DATE,
    RELEASE_DTTM       DATE,
    RELEASE_USER_ID    CHAR(8),
    VERSION            NUMBER(5)      DEFAULT 1 NOT NULL,
    CONSTRAINT CM_COLL_HOLD_PK PRIMARY KEY (ACCT_ID, HOLD_SEQ)
);
COMMENT ON TABLE CM_COLL_HOLD IS 'Collection hold of an account. HOLD_STATUS_FLG 10 active, 20 released. HOLD_RSN_CD DISPUTE, FRAUD, PROMISE, VIP.';

-- Promise to pay taken by the collection desk.
CREATE TABLE CM_PAY_PROMISE (
    PROMISE_ID         CHAR(12)       NOT NULL,
    ACCT_ID            CHAR(10)       NOT NULL,
    PROMISE_AMT        NUMBER(15,2)   NOT NULL,
    CURRENCY_CD        CHAR(3)        NOT NULL,
    PROMISE_DT         DATE           NOT NULL,
    PROMISE_STATUS_FLG CHAR(2)        DEFAULT '10' NOT NULL,
    PAY_ID             CHAR(12),
    STATUS_UPD_DTTM    DATE,
    CRE_DTTM           DATE           DEFAULT SYSDATE NOT NULL,
    VERSION            NUMBER(5)      DEFAULT 1 NOT NULL,
    CONSTRAINT CM_PAY_PROMISE_PK PRIMARY KEY (PROMISE_ID)
);
COMMENT ON TABLE CM_PAY_PROMISE IS 'Promise to pay. PROMISE_STATUS_FLG 10 open, 20 kept, 30 broken. PROMISE_DT = date by which the customer promised to pay PROMISE_AMT, PAY_ID = payment that kept it.';
CREATE INDEX CM_PAY_PROMISE_IX1 ON CM_PAY_PROMISE (ACCT_ID, PROMISE_STATUS_FLG);

-- Adjustments waiting for the nightly GL/SAP extract.
CREATE TABLE CM_ADJ_GL_INTF (
    ADJ_ID             CHAR(12)       NOT NULL,
    SA_ID              CHAR(10)       NOT NULL,
    ADJ_TYPE_CD        CHAR(8)        NOT NULL,
    ADJ_AMT            NUMBER(15,2)   NOT NULL,
    CURRENCY_CD        CHAR(3)        NOT NULL,
    ACCOUNTING_DT      DATE,
    INTF_STATUS_FLG    CHAR(1)        DEFAULT 'P' NOT NULL,
    CRE_DTTM           DATE           DEFAULT SYSDATE NOT NULL,
    CONSTRAINT CM_ADJ_GL_INTF_PK PRIMARY KEY (ADJ_ID)
);

-- Audit of contract stops (churn reporting).
CREATE TABLE CM_SA_STOP_LOG (
    SA_ID              CHAR(10)       NOT NULL,
    STOP_DT            DATE           NOT NULL,
    ACCT_ID            CHAR(10)       NOT NULL,
    SA_TYPE_CD         CHAR(8)        NOT NULL,
    BALANCE_AMT        NUMBER(15,2)   DEFAULT 0 NOT NULL,
    LOG_DTTM           DATE           NOT NULL,
    CONSTRAINT CM_SA_STOP_LOG_PK PRIMARY KEY (SA_ID, STOP_DT)
);

-- Legal invoice number sequence per division.
CREATE TABLE CM_INV_SEQ (
    CIS_DIVISION       CHAR(5)        NOT NULL,
    INV_PREFIX         VARCHAR2(6)    NOT NULL,
    LAST_INV_NBR       NUMBER(12)     DEFAULT 0 NOT NULL,
    VERSION            NUMBER(5)      DEFAULT 1 NOT NULL,
    CONSTRAINT CM_INV_SEQ_PK PRIMARY KEY (CIS_DIVISION)
);
