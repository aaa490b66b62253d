-- ============================================================================
-- Initech Financial Services - ORMB schema extract (CISADM), receivables area
-- remittances (payment events, payments, tenders, segments) and adjustments
-- ============================================================================

CREATE TABLE CI_PAY_EVENT (
    PAY_EVENT_ID        CHAR(12)        NOT NULL,
    PAY_DT              DATE            NOT NULL,
    CRE_DTTM            DATE,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_PAY_EVENT_PK PRIMARY KEY (PAY_EVENT_ID)
);
COMMENT ON TABLE CI_PAY_EVENT IS 'Payment event: one remittance received (wire, cheque, ACH) - tendered by CI_PAY_TNDR, applied by CI_PAY.';

CREATE TABLE CI_PAY (
    PAY_ID              CHAR(12)        NOT NULL,
    PAY_EVENT_ID        CHAR(12)        NOT NULL,
    ACCT_ID             CHAR(10)        NOT NULL,
    PAY_STATUS_FLG      CHAR(2)         NOT NULL,
    CAN_RSN_CD          CHAR(4),
    PAY_AMT             NUMBER(15,2)    DEFAULT 0 NOT NULL,
    CURRENCY_CD         CHAR(3)         NOT NULL,
    MATCH_TYPE_CD       CHAR(8),
    MATCH_VAL           VARCHAR2(30),
    OVRD_DIST_SW        CHAR(1)         DEFAULT 'N' NOT NULL,
    CRE_DTTM            DATE,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_PAY_PK PRIMARY KEY (PAY_ID),
    CONSTRAINT CI_PAY_FK1 FOREIGN KEY (PAY_EVENT_ID) REFERENCES CI_PAY_EVENT (PAY_EVENT_ID),
    CONSTRAINT CI_PAY_FK2 FOREIGN KEY (ACCT_ID) REFERENCES CI_ACCT (ACCT_ID)
);
COMMENT ON TABLE CI_PAY IS 'Payment: the part of a remittance applied to one account.';
COMMENT ON COLUMN CI_PAY.PAY_STATUS_FLG IS '10 incomplete, 20 error, 30 freezable, 50 frozen, 60 canceled.';
COMMENT ON COLUMN CI_PAY.MATCH_TYPE_CD IS 'How the remittance is matched: BILLID (invoice id quoted), SAID, EXTREF.';
COMMENT ON COLUMN CI_PAY.MATCH_VAL IS 'Value quoted by the payer, e.g. the invoice (bill) id.';

CREATE TABLE CI_PAY_CHAR (
    PAY_ID              CHAR(12)        NOT NULL,
    CHAR_TYPE_CD        CHAR(8)         NOT NULL,
    SEQ_NUM             NUMBER(3)       NOT NULL,
    CHAR_VAL            CHAR(16)        DEFAULT ' ' NOT NULL,
    ADHOC_CHAR_VAL      VARCHAR2(254),
    CHAR_VAL_FK1        VARCHAR2(50),
    SRCH_CHAR_VAL       VARCHAR2(50),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_PAY_CHAR_PK PRIMARY KEY (PAY_ID, CHAR_TYPE_CD, SEQ_NUM),
    CONSTRAINT CI_PAY_CHAR_FK1 FOREIGN KEY (PAY_ID) REFERENCES CI_PAY (PAY_ID)
);
COMMENT ON TABLE CI_PAY_CHAR IS 'Payment characteristic: remittance advice reference, invoice reference CM-INVREF, bank statement line.';

CREATE TABLE CI_PAY_TNDR (
    PAY_TENDER_ID       CHAR(12)        NOT NULL,
    PAY_EVENT_ID        CHAR(12)        NOT NULL,
    TNDR_CTL_ID         CHAR(12),
    TENDER_AMT          NUMBER(15,2)    DEFAULT 0 NOT NULL,
    CURRENCY_CD         CHAR(3)         NOT NULL,
    TENDER_TYPE_CD      CHAR(4)         NOT NULL,
    CHECK_NBR           VARCHAR2(10),
    PAYOR_ACCT_ID       CHAR(10)        NOT NULL,
    TNDR_STATUS_FLG     CHAR(2)         NOT NULL,
    EXT_REFERENCE_ID    VARCHAR2(36),
    CRE_DTTM            DATE,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_PAY_TNDR_PK PRIMARY KEY (PAY_TENDER_ID),
    CONSTRAINT CI_PAY_TNDR_FK1 FOREIGN KEY (PAY_EVENT_ID) REFERENCES CI_PAY_EVENT (PAY_EVENT_ID)
);
COMMENT ON TABLE CI_PAY_TNDR IS 'Payment tender: money received in a remittance and how (TENDER_TYPE_CD CASH, CHEC cheque, ACH, WIRE).';
COMMENT ON COLUMN CI_PAY_TNDR.TNDR_STATUS_FLG IS '15 incomplete, 25 valid, 60 canceled.';

CREATE TABLE CI_PAY_SEG (
    PAY_SEG_ID          CHAR(12)        NOT NULL,
    PAY_ID              CHAR(12)        NOT NULL,
    SA_ID               CHAR(10)        NOT NULL,
    PAY_SEG_AMT         NUMBER(15,2)    DEFAULT 0 NOT NULL,
    CURRENCY_CD         CHAR(3)         NOT NULL,
    PAY_SEG_STAT_FLG    CHAR(2),
    MATCH_EVT_ID        CHAR(12),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_PAY_SEG_PK PRIMARY KEY (PAY_SEG_ID),
    CONSTRAINT CI_PAY_SEG_FK1 FOREIGN KEY (PAY_ID) REFERENCES CI_PAY (PAY_ID)
);
COMMENT ON TABLE CI_PAY_SEG IS 'Payment segment: share of a payment applied to one contract (FT type PS).';

CREATE TABLE CI_ADJ (
    ADJ_ID              CHAR(12)        NOT NULL,
    SA_ID               CHAR(10)        NOT NULL,
    ADJ_TYPE_CD         CHAR(8)         NOT NULL,
    ADJ_STATUS_FLG      CHAR(2)         NOT NULL,
    CRE_DT              DATE,
    ADJ_AMT             NUMBER(15,2)    DEFAULT 0 NOT NULL,
    CURRENCY_CD         CHAR(3)         NOT NULL,
    BASE_AMT            NUMBER(15,2),
    CAN_RSN_CD          CHAR(4),
    GEN_REF_NBR         VARCHAR2(30),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_ADJ_PK PRIMARY KEY (ADJ_ID),
    CONSTRAINT CI_ADJ_FK1 FOREIGN KEY (SA_ID) REFERENCES CI_SA (SA_ID)
);
COMMENT ON TABLE CI_ADJ IS 'Adjustment: receivable correction on a contract (write-off, rebate, fee, LPC); negative = credit.';
COMMENT ON COLUMN CI_ADJ.ADJ_STATUS_FLG IS '10 incomplete, 15 freezable, 50 frozen, 60 canceled.';

CREATE TABLE CI_ADJ_CHAR (
    ADJ_ID              CHAR(12)        NOT NULL,
    CHAR_TYPE_CD        CHAR(8)         NOT NULL,
    SEQ_NUM             NUMBER(3)       NOT NULL,
    CHAR_VAL            CHAR(16)        DEFAULT ' ' NOT NULL,
    ADHOC_CHAR_VAL      VARCHAR2(254),
    CHAR_VAL_FK1        VARCHAR2(50),
    SRCH_CHAR_VAL       VARCHAR2(50),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_ADJ_CHAR_PK PRIMARY KEY (ADJ_ID, CHAR_TYPE_CD, SEQ_NUM),
    CONSTRAINT CI_ADJ_CHAR_FK1 FOREIGN KEY (ADJ_ID) REFERENCES CI_ADJ (ADJ_ID)
);
COMMENT ON TABLE CI_ADJ_CHAR IS 'Adjustment characteristic: write-off reason CM-WORSN, source invoice, approval reference.';

CREATE INDEX XT286S1 ON CI_PAY (ACCT_ID, PAY_STATUS_FLG);
CREATE INDEX XT288S1 ON CI_PAY_TNDR (PAY_EVENT_ID);
CREATE INDEX XT069S1 ON CI_ADJ (SA_ID, ADJ_STATUS_FLG);
