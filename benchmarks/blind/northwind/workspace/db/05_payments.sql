-- ============================================================================
-- Northwind Energy ORMB - payments
-- ============================================================================

CREATE TABLE CI_PAY_EVENT (
    PAY_EVENT_ID        CHAR(12)        NOT NULL,
    PAY_DT              DATE            NOT NULL,
    CRE_DTTM            DATE,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_PAY_EVENT_PK PRIMARY KEY (PAY_EVENT_ID)
);
COMMENT ON TABLE CI_PAY_EVENT IS 'Payment event: one remittance (direct debit collection, card payment, cash at a PayPoint outlet).';

CREATE TABLE CI_PAY (
    PAY_ID              CHAR(12)        NOT NULL,
    PAY_EVENT_ID        CHAR(12)        NOT NULL,
    ACCT_ID             CHAR(10)        NOT NULL,
    PAY_STATUS_FLG      CHAR(2)         NOT NULL,
    PAY_AMT             NUMBER(15,2)    DEFAULT 0 NOT NULL,
    CURRENCY_CD         CHAR(3)         DEFAULT 'GBP' NOT NULL,
    MATCH_TYPE_CD       CHAR(8),
    MATCH_VAL           VARCHAR2(30),
    CRE_DTTM            DATE,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_PAY_PK PRIMARY KEY (PAY_ID)
);
COMMENT ON TABLE CI_PAY IS 'Payment of an account: 10 incomplete, 20 error, 30 freezable, 50 frozen, 60 cancelled.';
COMMENT ON COLUMN CI_PAY.MATCH_TYPE_CD IS 'How the payment is matched: BILLID (bill id in MATCH_VAL), SAID.';

CREATE TABLE CI_PAY_CHAR (
    PAY_ID              CHAR(12)        NOT NULL,
    CHAR_TYPE_CD        CHAR(8)         NOT NULL,
    SEQ_NUM             NUMBER(3)       NOT NULL,
    CHAR_VAL            CHAR(16)        DEFAULT ' ' NOT NULL,
    ADHOC_CHAR_VAL      VARCHAR2(254),
    CHAR_VAL_FK1        VARCHAR2(50),
    SRCH_CHAR_VAL       VARCHAR2(50),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_PAY_CHAR_PK PRIMARY KEY (PAY_ID, CHAR_TYPE_CD, SEQ_NUM)
);
COMMENT ON TABLE CI_PAY_CHAR IS 'Payment characteristic: payment channel, external payment reference.';

CREATE TABLE CI_PAY_TNDR (
    PAY_TENDER_ID       CHAR(12)        NOT NULL,
    PAY_EVENT_ID        CHAR(12)        NOT NULL,
    TENDER_AMT          NUMBER(15,2)    DEFAULT 0 NOT NULL,
    CURRENCY_CD         CHAR(3)         DEFAULT 'GBP' NOT NULL,
    TENDER_TYPE_CD      CHAR(4)         NOT NULL,
    PAYOR_ACCT_ID       CHAR(10),
    TNDR_STATUS_FLG     CHAR(2)         DEFAULT '25' NOT NULL,
    EXT_REFERENCE_ID    VARCHAR2(36),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_PAY_TNDR_PK PRIMARY KEY (PAY_TENDER_ID)
);
COMMENT ON TABLE CI_PAY_TNDR IS 'Payment tender: CASH (PayPoint), CHEC cheque, DDBT direct debit, CARD.';

CREATE TABLE CI_PAY_SEG (
    PAY_SEG_ID          CHAR(12)        NOT NULL,
    PAY_ID              CHAR(12)        NOT NULL,
    SA_ID               CHAR(10)        NOT NULL,
    PAY_SEG_AMT         NUMBER(15,2)    DEFAULT 0 NOT NULL,
    CURRENCY_CD         CHAR(3)         DEFAULT 'GBP' NOT NULL,
    PAY_SEG_STAT_FLG    CHAR(2),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_PAY_SEG_PK PRIMARY KEY (PAY_SEG_ID)
);
COMMENT ON TABLE CI_PAY_SEG IS 'Payment segment: the part of a payment applied to one contract.';
