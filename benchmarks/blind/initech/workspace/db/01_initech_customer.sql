-- ============================================================================
-- Initech Financial Services - ORMB schema extract (CISADM), customer area
-- counterparties (persons), accounts, contracts (SA), customer contacts
-- Source: PRD-RMB 2.9 data dictionary, storage clauses stripped by rmb-ddl-export
-- ============================================================================

CREATE TABLE CI_PER (
    PER_ID              CHAR(10)        NOT NULL,
    LANGUAGE_CD         CHAR(3)         NOT NULL,
    PER_OR_BUS_FLG      CHAR(1)         NOT NULL,
    LS_SL_FLG           CHAR(2)         DEFAULT ' ' NOT NULL,
    EMAILID             VARCHAR2(254),
    ADDRESS1            VARCHAR2(254),
    CITY                VARCHAR2(90),
    POSTAL              VARCHAR2(12),
    COUNTRY             CHAR(3)         DEFAULT 'USA' NOT NULL,
    CIS_DIVISION        CHAR(5),
    CRE_DTTM            DATE            DEFAULT SYSDATE NOT NULL,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_PER_PK PRIMARY KEY (PER_ID)
);
COMMENT ON TABLE CI_PER IS 'Person: a counterparty (individual or business) - account holders, guarantors, payors.';
COMMENT ON COLUMN CI_PER.PER_OR_BUS_FLG IS 'P individual, B business.';

CREATE TABLE CI_PER_NAME (
    PER_ID              CHAR(10)        NOT NULL,
    SEQ_NUM             NUMBER(3)       NOT NULL,
    ENTITY_NAME         VARCHAR2(254)   NOT NULL,
    NAME_TYPE_FLG       CHAR(4)         NOT NULL,
    PRIM_NAME_SW        CHAR(1)         DEFAULT 'N' NOT NULL,
    ENTITY_NAME_UPR     VARCHAR2(254),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_PER_NAME_PK PRIMARY KEY (PER_ID, SEQ_NUM)
);
COMMENT ON TABLE CI_PER_NAME IS 'Person name: legal name, trading name (DBA), aliases of a counterparty; PRIM_NAME_SW = Y for the primary name.';

CREATE TABLE CI_PER_ID (
    PER_ID              CHAR(10)        NOT NULL,
    ID_TYPE_CD          CHAR(8)         NOT NULL,
    PER_ID_NBR          VARCHAR2(50)    NOT NULL,
    PRIM_SW             CHAR(1)         DEFAULT 'N' NOT NULL,
    PER_ID_NBR_UPR      VARCHAR2(50),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_PER_ID_PK PRIMARY KEY (PER_ID, ID_TYPE_CD)
);
COMMENT ON TABLE CI_PER_ID IS 'Person identifier: tax id (TAXID), LEI, company registration (COREG), passport of a counterparty.';
COMMENT ON COLUMN CI_PER_ID.ID_TYPE_CD IS 'Identifier type: TAXID, LEI, COREG, PASSPORT.';

CREATE TABLE CI_PER_CHAR (
    PER_ID              CHAR(10)        NOT NULL,
    CHAR_TYPE_CD        CHAR(8)         NOT NULL,
    EFFDT               DATE            NOT NULL,
    CHAR_VAL            CHAR(16)        DEFAULT ' ' NOT NULL,
    ADHOC_CHAR_VAL      VARCHAR2(254),
    CHAR_VAL_FK1        VARCHAR2(50),
    SRCH_CHAR_VAL       VARCHAR2(50),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_PER_CHAR_PK PRIMARY KEY (PER_ID, CHAR_TYPE_CD, EFFDT)
);
COMMENT ON TABLE CI_PER_CHAR IS 'Person characteristic (effective dated): VIP flag CM-VIP, risk rating, segment.';

CREATE TABLE CI_ACCT (
    ACCT_ID             CHAR(10)        NOT NULL,
    BILL_CYC_CD         CHAR(4),
    SETUP_DT            DATE,
    CURRENCY_CD         CHAR(3)         NOT NULL,
    BILL_AFTER_DT       DATE,
    CIS_DIVISION        CHAR(5),
    COLL_CL_CD          CHAR(8),
    CUST_CL_CD          CHAR(8)         NOT NULL,
    ACCESS_GRP_CD       CHAR(12),
    ACCT_STATUS_FLG     CHAR(2)         DEFAULT '10' NOT NULL,
    CRE_DTTM            DATE            DEFAULT SYSDATE NOT NULL,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_ACCT_PK PRIMARY KEY (ACCT_ID)
);
COMMENT ON TABLE CI_ACCT IS 'Account: the receivable / billing account of a counterparty; invoices, remittances and contracts hang off it.';
COMMENT ON COLUMN CI_ACCT.CUST_CL_CD IS 'Customer class: carries invoice completion, payment freeze, FT freeze and LPC algorithms.';

CREATE TABLE CI_ACCT_PER (
    ACCT_ID             CHAR(10)        NOT NULL,
    PER_ID              CHAR(10)        NOT NULL,
    ACCT_REL_TYPE_CD    CHAR(8)         DEFAULT 'MAIN' NOT NULL,
    BILL_ADDR_SRCE_FLG  CHAR(4)         DEFAULT 'PER' NOT NULL,
    MAIN_CUST_SW        CHAR(1)         DEFAULT 'N' NOT NULL,
    FIN_RESP_SW         CHAR(1)         DEFAULT 'N' NOT NULL,
    THRD_PTY_SW         CHAR(1)         DEFAULT 'N' NOT NULL,
    RECEIVE_COPY_SW     CHAR(1)         DEFAULT 'N' NOT NULL,
    NOTIFY_SW           CHAR(1)         DEFAULT 'N' NOT NULL,
    BILL_RTE_TYPE_CD    CHAR(8),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_ACCT_PER_PK PRIMARY KEY (ACCT_ID, PER_ID),
    CONSTRAINT CI_ACCT_PER_FK1 FOREIGN KEY (ACCT_ID) REFERENCES CI_ACCT (ACCT_ID),
    CONSTRAINT CI_ACCT_PER_FK2 FOREIGN KEY (PER_ID) REFERENCES CI_PER (PER_ID)
);
COMMENT ON TABLE CI_ACCT_PER IS 'Account person: persons of an account; MAIN_CUST_SW = Y marks the main customer (account holder).';

CREATE TABLE CI_ACCT_NBR (
    ACCT_ID             CHAR(10)        NOT NULL,
    ACCT_NBR_TYPE_CD    CHAR(8)         NOT NULL,
    ACCT_NBR            VARCHAR2(30)    NOT NULL,
    PRIM_SW             CHAR(1)         DEFAULT 'N' NOT NULL,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_ACCT_NBR_PK PRIMARY KEY (ACCT_ID, ACCT_NBR_TYPE_CD)
);
COMMENT ON TABLE CI_ACCT_NBR IS 'Account identifier: external account numbers (core banking, legacy ledger, CRM).';

CREATE TABLE CI_ACCT_CHAR (
    ACCT_ID             CHAR(10)        NOT NULL,
    CHAR_TYPE_CD        CHAR(8)         NOT NULL,
    EFFDT               DATE            NOT NULL,
    CHAR_VAL            CHAR(16)        DEFAULT ' ' NOT NULL,
    ADHOC_CHAR_VAL      VARCHAR2(254),
    CHAR_VAL_FK1        VARCHAR2(50),
    SRCH_CHAR_VAL       VARCHAR2(50),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_ACCT_CHAR_PK PRIMARY KEY (ACCT_ID, CHAR_TYPE_CD, EFFDT),
    CONSTRAINT CI_ACCT_CHAR_FK1 FOREIGN KEY (ACCT_ID) REFERENCES CI_ACCT (ACCT_ID)
);
COMMENT ON TABLE CI_ACCT_CHAR IS 'Account characteristic (effective dated): PO number CM-PONBR, payment terms CM-TERMS, segment CM-SEGMT, bill hold CM-BHOLD.';

CREATE TABLE CI_SA (
    SA_ID               CHAR(10)        NOT NULL,
    CIS_DIVISION        CHAR(5),
    SA_TYPE_CD          CHAR(8)         NOT NULL,
    START_OPT_CD        CHAR(12),
    START_DT            DATE,
    SA_STATUS_FLG       CHAR(2)         NOT NULL,
    ACCT_ID             CHAR(10)        NOT NULL,
    END_DT              DATE,
    CHAR_PREM_ID        CHAR(10),
    TOT_TO_BILL_AMT     NUMBER(15,2)    DEFAULT 0,
    CURRENCY_CD         CHAR(3)         NOT NULL,
    SA_REL_ID           CHAR(10),
    EXPIRE_DT           DATE,
    CRE_DTTM            DATE            DEFAULT SYSDATE NOT NULL,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_SA_PK PRIMARY KEY (SA_ID),
    CONSTRAINT CI_SA_FK1 FOREIGN KEY (ACCT_ID) REFERENCES CI_ACCT (ACCT_ID)
);
COMMENT ON TABLE CI_SA IS 'Contract (service agreement, SA): one facility / product of an account - receivable balances, invoice segments and adjustments belong to it.';
COMMENT ON COLUMN CI_SA.SA_STATUS_FLG IS '05 pending start, 20 active, 30 pending stop, 40 stopped, 50 reactivated, 60 closed, 70 canceled.';

CREATE TABLE CI_SA_CHAR (
    SA_ID               CHAR(10)        NOT NULL,
    CHAR_TYPE_CD        CHAR(8)         NOT NULL,
    EFFDT               DATE            NOT NULL,
    CHAR_VAL            CHAR(16)        DEFAULT ' ' NOT NULL,
    ADHOC_CHAR_VAL      VARCHAR2(254),
    CHAR_VAL_FK1        VARCHAR2(50),
    SRCH_CHAR_VAL       VARCHAR2(50),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_SA_CHAR_PK PRIMARY KEY (SA_ID, CHAR_TYPE_CD, EFFDT),
    CONSTRAINT CI_SA_CHAR_FK1 FOREIGN KEY (SA_ID) REFERENCES CI_SA (SA_ID)
);
COMMENT ON TABLE CI_SA_CHAR IS 'Contract characteristic (effective dated): cost centre CM-CSTCT, billing hold CM-BLHLD, rebate percent CM-REBPC, segment.';

CREATE TABLE CI_CC (
    CC_ID               CHAR(10)        NOT NULL,
    PER_ID              CHAR(10)        NOT NULL,
    CC_CL_CD            CHAR(8)         NOT NULL,
    CC_TYPE_CD          CHAR(8)         NOT NULL,
    CC_DTTM             DATE            NOT NULL,
    USER_ID             CHAR(8),
    DESCR254            VARCHAR2(254),
    CC_STATUS_FLG       CHAR(2),
    TRIGGER_TD_SW       CHAR(1)         DEFAULT 'N' NOT NULL,
    TD_TYPE_CD          CHAR(8),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_CC_PK PRIMARY KEY (CC_ID),
    CONSTRAINT CI_CC_FK1 FOREIGN KEY (PER_ID) REFERENCES CI_PER (PER_ID)
);
COMMENT ON TABLE CI_CC IS 'Customer contact: logged interaction with a counterparty (dunning letter, collection call) - its type runs the collection action algorithm.';

CREATE INDEX XM094S1 ON CI_SA (ACCT_ID);
CREATE INDEX XM099S1 ON CI_ACCT_PER (PER_ID);
