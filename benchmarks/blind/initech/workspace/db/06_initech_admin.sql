-- ============================================================================
-- Initech Financial Services - ORMB schema extract (CISADM), framework / admin
-- control tables, characteristic types, To Do, messages
-- ============================================================================

CREATE TABLE CI_CIS_DIVISION (
    CIS_DIVISION        CHAR(5)         NOT NULL,
    CURRENCY_CD         CHAR(3),
    DESCR               VARCHAR2(60),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_CIS_DIVISION_PK PRIMARY KEY (CIS_DIVISION)
);
COMMENT ON TABLE CI_CIS_DIVISION IS 'CIS division: legal entity / jurisdiction (INUS Initech US, INUK Initech UK).';

CREATE TABLE CI_CURRENCY_CD (
    CURRENCY_CD         CHAR(3)         NOT NULL,
    CURRENCY_SYMBOL     VARCHAR2(6),
    DECIMAL_POSITIONS   NUMBER(1)       DEFAULT 2 NOT NULL,
    DESCR               VARCHAR2(60),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_CURRENCY_CD_PK PRIMARY KEY (CURRENCY_CD)
);
COMMENT ON TABLE CI_CURRENCY_CD IS 'Currency code (USD, EUR, GBP) with its decimal positions.';

CREATE TABLE CI_CUST_CL (
    CUST_CL_CD          CHAR(8)         NOT NULL,
    OPEN_ITEM_SW        CHAR(1)         DEFAULT 'N' NOT NULL,
    DESCR               VARCHAR2(60),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_CUST_CL_PK PRIMARY KEY (CUST_CL_CD)
);
COMMENT ON TABLE CI_CUST_CL IS 'Customer class (CORP, SME, FI): holds the invoice, payment and FT freeze algorithms of its accounts.';

CREATE TABLE CI_SA_TYPE (
    CIS_DIVISION        CHAR(5)         NOT NULL,
    SA_TYPE_CD          CHAR(8)         NOT NULL,
    DST_ID              CHAR(10),
    BILL_SEG_TYPE_CD    CHAR(8),
    SA_TYPE_FLG         CHAR(4),
    DESCR               VARCHAR2(60),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_SA_TYPE_PK PRIMARY KEY (CIS_DIVISION, SA_TYPE_CD)
);
COMMENT ON TABLE CI_SA_TYPE IS 'Contract (SA) type: FACFEE facility fees, RECV receivable, ONACCT on-account credits, LPC late charges.';

CREATE TABLE CI_BILL_CYC (
    BILL_CYC_CD         CHAR(4)         NOT NULL,
    BILL_CYC_FREQ_CD    CHAR(8),
    DESCR               VARCHAR2(60),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_BILL_CYC_PK PRIMARY KEY (BILL_CYC_CD)
);
COMMENT ON TABLE CI_BILL_CYC IS 'Bill cycle: invoicing schedule (M01 monthly, Q01 quarterly).';

CREATE TABLE CI_ADJ_TYPE (
    ADJ_TYPE_CD         CHAR(8)         NOT NULL,
    DST_ID              CHAR(10),
    PRT_BY_DFLT_SW      CHAR(1)         DEFAULT 'Y' NOT NULL,
    ADJ_GEN_ALG_CD      CHAR(12),
    DESCR               VARCHAR2(60),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_ADJ_TYPE_PK PRIMARY KEY (ADJ_TYPE_CD)
);
COMMENT ON TABLE CI_ADJ_TYPE IS 'Adjustment type: WRITEOFF, REBATE, LPC, FEE - with generation and freeze algorithms.';

CREATE TABLE CI_CHAR_TYPE (
    CHAR_TYPE_CD        CHAR(8)         NOT NULL,
    CHAR_TYPE_FLG       CHAR(3)         NOT NULL,
    ADHOC_VAL_ALG_CD    CHAR(12),
    CHAR_ENTITY_FLG     CHAR(4),
    SRCH_FLG            CHAR(1)         DEFAULT 'N' NOT NULL,
    DESCR               VARCHAR2(60),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_CHAR_TYPE_PK PRIMARY KEY (CHAR_TYPE_CD)
);
COMMENT ON TABLE CI_CHAR_TYPE IS 'Characteristic type: ADV ad hoc value, DFV predefined value, FKV foreign key value.';

CREATE TABLE CI_MSG (
    MESSAGE_CAT_NBR     NUMBER(5)       NOT NULL,
    MESSAGE_NBR         NUMBER(5)       NOT NULL,
    MSG_SEV_FLG         CHAR(1)         DEFAULT 'E',
    OWNER_FLG           CHAR(4)         DEFAULT 'CM' NOT NULL,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_MSG_PK PRIMARY KEY (MESSAGE_CAT_NBR, MESSAGE_NBR)
);

CREATE TABLE CI_MSG_L (
    MESSAGE_CAT_NBR     NUMBER(5)       NOT NULL,
    MESSAGE_NBR         NUMBER(5)       NOT NULL,
    LANGUAGE_CD         CHAR(3)         NOT NULL,
    MESSAGE_TEXT        VARCHAR2(254)   NOT NULL,
    OWNER_FLG           CHAR(4)         DEFAULT 'CM' NOT NULL,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_MSG_L_PK PRIMARY KEY (MESSAGE_CAT_NBR, MESSAGE_NBR, LANGUAGE_CD)
);
COMMENT ON TABLE CI_MSG_L IS 'Message texts; Initech messages are category 93100 (see InitechMessages).';

CREATE TABLE CI_TD_TYPE (
    TD_TYPE_CD          CHAR(8)         NOT NULL,
    TD_PRIORITY_FLG     CHAR(2)         DEFAULT '50' NOT NULL,
    MESSAGE_CAT_NBR     NUMBER(5),
    MESSAGE_NBR         NUMBER(5),
    DESCR               VARCHAR2(60),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_TD_TYPE_PK PRIMARY KEY (TD_TYPE_CD)
);
COMMENT ON TABLE CI_TD_TYPE IS 'To Do type: kind of work item (credit desk review, treasury cheque check, write-off approval).';

CREATE TABLE CI_TD_ENTRY (
    TD_ENTRY_ID         CHAR(14)        NOT NULL,
    TD_TYPE_CD          CHAR(8)         NOT NULL,
    ENTRY_STATUS_FLG    CHAR(1)         NOT NULL,
    ROLE_ID             CHAR(10),
    ASSIGNED_TO         CHAR(8),
    ASSIGNED_DTTM       DATE,
    CRE_DTTM            DATE            NOT NULL,
    COMPLETE_DTTM       DATE,
    COMPLETE_USER_ID    CHAR(8),
    TD_PRIORITY_FLG     CHAR(2),
    MESSAGE_CAT_NBR     NUMBER(5),
    MESSAGE_NBR         NUMBER(5),
    COMMENTS            VARCHAR2(254),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_TD_ENTRY_PK PRIMARY KEY (TD_ENTRY_ID),
    CONSTRAINT CI_TD_ENTRY_FK1 FOREIGN KEY (TD_TYPE_CD) REFERENCES CI_TD_TYPE (TD_TYPE_CD)
);
COMMENT ON TABLE CI_TD_ENTRY IS 'To Do entry: one work item; ENTRY_STATUS_FLG O open, W being worked, C complete.';

CREATE TABLE CI_TD_DRLKEY (
    TD_ENTRY_ID         CHAR(14)        NOT NULL,
    SEQ_NUM             NUMBER(3)       NOT NULL,
    KEY_VALUE           VARCHAR2(50)    NOT NULL,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_TD_DRLKEY_PK PRIMARY KEY (TD_ENTRY_ID, SEQ_NUM),
    CONSTRAINT CI_TD_DRLKEY_FK1 FOREIGN KEY (TD_ENTRY_ID) REFERENCES CI_TD_ENTRY (TD_ENTRY_ID)
);
COMMENT ON TABLE CI_TD_DRLKEY IS 'To Do drill key: key values of the record a To Do entry is about (bill id, payment id, adjustment id...).';

CREATE INDEX XC522S1 ON CI_TD_ENTRY (TD_TYPE_CD, ENTRY_STATUS_FLG);
