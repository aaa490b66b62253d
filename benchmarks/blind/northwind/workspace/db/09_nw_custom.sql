-- ============================================================================
-- Northwind Energy custom (CM_) tables, owned by the ORMB extension team.
-- Change requests NWE-ORMB-0142, -0187, -0203.
-- ============================================================================

CREATE TABLE CM_EXCH_RATE (
    FROM_CURRENCY_CD    CHAR(3)         NOT NULL,
    TO_CURRENCY_CD      CHAR(3)         NOT NULL,
    RATE_TYPE_CD        CHAR(8)         NOT NULL,
    EFFDT               DATE            NOT NULL,
    EXCH_RATE           NUMBER(18,8)    NOT NULL,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CM_EXCH_RATE_PK PRIMARY KEY (FROM_CURRENCY_CD, TO_CURRENCY_CD, RATE_TYPE_CD, EFFDT)
);
COMMENT ON TABLE CM_EXCH_RATE IS 'Exchange rates loaded from treasury (SPOT daily, MAVG monthly average); used for EUR wholesale pass-through costs.';

CREATE TABLE CM_INV_NBR_SEQ (
    CIS_DIVISION        CHAR(5)         NOT NULL,
    INV_PREFIX          VARCHAR2(6)     NOT NULL,
    LAST_INV_NBR        NUMBER(12)      DEFAULT 0 NOT NULL,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CM_INV_NBR_SEQ_PK PRIMARY KEY (CIS_DIVISION)
);
COMMENT ON TABLE CM_INV_NBR_SEQ IS 'Legal invoice number sequence per division (HMRC requires gap-free numbering).';

CREATE TABLE CM_PAY_NOTIF (
    PAY_NOTIF_ID        NUMBER(14)      NOT NULL,
    PAY_ID              CHAR(12)        NOT NULL,
    SA_ID               CHAR(10),
    ACCT_ID             CHAR(10),
    NOTIF_AMT           NUMBER(15,2),
    NOTIF_STATUS_FLG    CHAR(4)         DEFAULT 'PEND' NOT NULL,
    CRE_DTTM            TIMESTAMP,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CM_PAY_NOTIF_PK PRIMARY KEY (PAY_NOTIF_ID)
);
COMMENT ON TABLE CM_PAY_NOTIF IS 'Payment notification outbox for the CRM (Salesforce) integration: PEND pending, SENT, ERR.';

CREATE TABLE CM_TXN_ERR_LOG (
    TXN_DETAIL_ID       NUMBER(14)      NOT NULL,
    RETRY_NBR           NUMBER(3)       NOT NULL,
    MESSAGE_CAT_NBR     NUMBER(5),
    MESSAGE_NBR         NUMBER(5),
    LOG_DTTM            TIMESTAMP,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CM_TXN_ERR_LOG_PK PRIMARY KEY (TXN_DETAIL_ID, RETRY_NBR)
);
COMMENT ON TABLE CM_TXN_ERR_LOG IS 'History of retries of usage transactions in error (written by the NW-TXRTY batch).';
