-- =====================================================================
--  GLOBEX TELECOM - ORMB 2.9  (schema CISADM)
--  Customer information: persons, accounts, contracts, customer contacts
--  Source: GXDEV2 data dictionary extract (storage clauses stripped)
-- =====================================================================

CREATE TABLE CI_PER (
    PER_ID             CHAR(10)       NOT NULL,
    LANGUAGE_CD        CHAR(3)        NOT NULL,
    PER_OR_BUS_FLG     CHAR(1)        NOT NULL,
    EMAILID            VARCHAR2(254),
    ADDRESS1           VARCHAR2(254),
    CITY               VARCHAR2(90),
    POSTAL             VARCHAR2(12),
    COUNTRY            CHAR(3)        NOT NULL,
    CIS_DIVISION       CHAR(5),
    CRE_DTTM           DATE           DEFAULT SYSDATE NOT NULL,
    VERSION            NUMBER(5)      DEFAULT 1 NOT NULL,
    CONSTRAINT CI_PER_PK PRIMARY KEY (PER_ID)
);
COMMENT ON TABLE CI_PER IS 'Person: subscriber, business customer or contact.';

CREATE TABLE CI_PER_NAME (
    PER_ID             CHAR(10)       NOT NULL,
    SEQ_NUM            NUMBER(3)      NOT NULL,
    ENTITY_NAME        VARCHAR2(254)  NOT NULL,
    NAME_TYPE_FLG      CHAR(4)        NOT NULL,
    PRIM_NAME_SW       CHAR(1)        DEFAULT 'N' NOT NULL,
    VERSION            NUMBER(5)      DEFAULT 1 NOT NULL,
    CONSTRAINT CI_PER_NAME_PK PRIMARY KEY (PER_ID, SEQ_NUM)
);

CREATE TABLE CI_PER_CHAR (
    PER_ID             CHAR(10)       NOT NULL,
    CHAR_TYPE_CD       CHAR(8)        NOT NULL,
    EFFDT              DATE           NOT NULL,
    CHAR_VAL           CHAR(16)       DEFAULT ' ' NOT NULL,
    ADHOC_CHAR_VAL     VARCHAR2(254),
    CHAR_VAL_FK1       VARCHAR2(50),
    SRCH_CHAR_VAL      VARCHAR2(50),
    VERSION            NUMBER(5)      DEFAULT 1 NOT NULL,
    CONSTRAINT CI_PER_CHAR_PK PRIMARY KEY (PER_ID, CHAR_TYPE_CD, EFFDT),
    CONSTRAINT CI_PER_CHAR_FK1 FOREIGN KEY (PER_ID) REFERENCES CI_PER (PER_ID)
);
COMMENT ON TABLE CI_PER_CHAR IS 'Person characteristics (VIP flag GX-VIPCU, last reminder date GX-LSTRM...).';

CREATE TABLE CI_ACCT (
    ACCT_ID            CHAR(10)       NOT NULL,
    BILL_CYC_CD        CHAR(4),
    SETUP_DT           DATE           NOT NULL,
    CURRENCY_CD        CHAR(3)        NOT NULL,
    CIS_DIVISION       CHAR(5)        NOT NULL,
    COLL_CL_CD         CHAR(8),
    CUST_CL_CD         CHAR(8)        NOT NULL,
    BILL_AFTER_DT      DATE,
    ACCT_STATUS_FLG    CHAR(2)        DEFAULT '10' NOT NULL,
    CRE_DTTM           DATE           DEFAULT SYSDATE NOT NULL,
    VERSION            NUMBER(5)      DEFAULT 1 NOT NULL,
    CONSTRAINT CI_ACCT_PK PRIMARY KEY (ACCT_ID)
);
COMMENT ON TABLE CI_ACCT IS 'Account: billing account of a subscriber (customer class GXRES residential, GXBUS business).';

CREATE TABLE CI_ACCT_PER (
    ACCT_ID            CHAR(10)       NOT NULL,
    PER_ID             CHAR(10)       NOT NULL,
    ACCT_REL_TYPE_CD   CHAR(8)        NOT NULL,
    BILL_ADDR_SRCE_FLG CHAR(4)        NOT NULL,
    MAIN_CUST_SW       CHAR(1)        DEFAULT 'N' NOT NULL,
    FIN_RESP_SW        CHAR(1)        DEFAULT 'N' NOT NULL,
    NOTIFY_SW          CHAR(1)        DEFAULT 'N' NOT NULL,
    VERSION            NUMBER(5)      DEFAULT 1 NOT NULL,
    CONSTRAINT CI_ACCT_PER_PK PRIMARY KEY (ACCT_ID, PER_ID),
    CONSTRAINT CI_ACCT_PER_FK1 FOREIGN KEY (ACCT_ID) REFERENCES CI_ACCT (ACCT_ID),
    CONSTRAINT CI_ACCT_PER_FK2 FOREIGN KEY (PER_ID) REFERENCES CI_PER (PER_ID)
);

CREATE TABLE CI_ACCT_CHAR (
    ACCT_ID            CHAR(10)       NOT NULL,
    CHAR_TYPE_CD       CHAR(8)        NOT NULL,
    EFFDT              DATE           NOT NULL,
    CHAR_VAL           CHAR(16)       DEFAULT ' ' NOT NULL,
    ADHOC_CHAR_VAL     VARCHAR2(254),
    CHAR_VAL_FK1       VARCHAR2(50),
    SRCH_CHAR_VAL      VARCHAR2(50),
    VERSION            NUMBER(5)      DEFAULT 1 NOT NULL,
    CONSTRAINT CI_ACCT_CHAR_PK PRIMARY KEY (ACCT_ID, CHAR_TYPE_CD, EFFDT),
    CONSTRAINT CI_ACCT_CHAR_FK1 FOREIGN KEY (ACCT_ID) REFERENCES CI_ACCT (ACCT_ID)
);
COMMENT ON TABLE CI_ACCT_CHAR IS 'Account characteristics (customer segment GX-SEGMT, delinquency status, billing hold...).';

CREATE TABLE CI_SA (
    SA_ID              CHAR(10)       NOT NULL,
    CIS_DIVISION       CHAR(5)        NOT NULL,
    SA_TYPE_CD         CHAR(8)        NOT NULL,
    START_OPT_CD       CHAR(12),
    START_DT           DATE,
    SA_STATUS_FLG      CHAR(2)        NOT NULL,
    ACCT_ID            CHAR(10)       NOT NULL,
    END_DT             DATE,
    CHAR_PREM_ID       CHAR(10),
    TOT_TO_BILL_AMT    NUMBER(15,2)   DEFAULT 0,
    CURRENCY_CD        CHAR(3)        NOT NULL,
    EXPIRE_DT          DATE,
    RENEWAL_DT         DATE,
    CRE_DTTM           DATE           DEFAULT SYSDATE NOT NULL,
    VERSION            NUMBER(5)      DEFAULT 1 NOT NULL,
    CONSTRAINT CI_SA_PK PRIMARY KEY (SA_ID),
    CONSTRAINT CI_SA_FK1 FOREIGN KEY (ACCT_ID) REFERENCES CI_ACCT (ACCT_ID)
);
COMMENT ON TABLE CI_SA IS 'Contract (SA): mobile plan, broadband, device instalment... SA_STATUS_FLG 05 pending start, 20 active, 30 pending stop, 40 stopped, 60 closed, 70 canceled.';

CREATE TABLE CI_SA_CHAR (
    SA_ID              CHAR(10)       NOT NULL,
    CHAR_TYPE_CD       CHAR(8)        NOT NULL,
    EFFDT              DATE           NOT NULL,
    CHAR_VAL           CHAR(16)       DEFAULT ' ' NOT NULL,
    ADHOC_CHAR_VAL     VARCHAR2(254),
    CHAR_VAL_FK1       VARCHAR2(50),
    SRCH_CHAR_VAL      VARCHAR2(50),
    VERSION            NUMBER(5)      DEFAULT 1 NOT NULL,
    CONSTRAINT CI_SA_CHAR_PK PRIMARY KEY (SA_ID, CHAR_TYPE_CD, EFFDT),
    CONSTRAINT CI_SA_CHAR_FK1 FOREIGN KEY (SA_ID) REFERENCES CI_SA (SA_ID)
);
COMMENT ON TABLE CI_SA_CHAR IS 'Contract characteristics (commitment end date, plan term, product code...).';

CREATE TABLE CI_CC (
    CC_ID              CHAR(10)       NOT NULL,
    PER_ID             CHAR(10)       NOT NULL,
    CC_CL_CD           CHAR(8)        NOT NULL,
    CC_TYPE_CD         CHAR(8)        NOT NULL,
    CC_DTTM            DATE           NOT NULL,
    USER_ID            CHAR(8),
    DESCR254           VARCHAR2(254),
    CC_STATUS_FLG      CHAR(2),
    TRIGGER_TD_SW      CHAR(1)        DEFAULT 'N' NOT NULL,
    TD_TYPE_CD         CHAR(8),
    ROLE_ID            CHAR(10),
    VERSION            NUMBER(5)      DEFAULT 1 NOT NULL,
    CONSTRAINT CI_CC_PK PRIMARY KEY (CC_ID),
    CONSTRAINT CI_CC_FK1 FOREIGN KEY (PER_ID) REFERENCES CI_PER (PER_ID)
);
COMMENT ON TABLE CI_CC IS 'Customer contact: reminder letters, disconnect warnings, collection calls.';

CREATE INDEX GX_SA_ACCT_IX ON CI_SA (ACCT_ID, SA_STATUS_FLG);
CREATE INDEX GX_ACCT_PER_IX ON CI_ACCT_PER (PER_ID);
