-- ============================================================================
-- Northwind Energy ORMB - customer information: persons, accounts, contracts
-- ============================================================================

CREATE TABLE CI_PER (
    PER_ID              CHAR(10)        NOT NULL,
    LANGUAGE_CD         CHAR(3)         DEFAULT 'ENG' NOT NULL,
    PER_OR_BUS_FLG      CHAR(1)         NOT NULL,
    EMAILID             VARCHAR2(254),
    CIS_DIVISION        CHAR(5),
    COUNTRY             CHAR(3),
    CRE_DTTM            DATE,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_PER_PK PRIMARY KEY (PER_ID)
);
COMMENT ON TABLE CI_PER IS 'Person: a domestic customer (P) or a business (B).';
COMMENT ON COLUMN CI_PER.PER_OR_BUS_FLG IS 'P person (individual), B business.';
COMMENT ON COLUMN CI_PER.EMAILID IS 'E-mail address; required for e-billing.';

CREATE TABLE CI_PER_NAME (
    PER_ID              CHAR(10)        NOT NULL,
    SEQ_NUM             NUMBER(3)       NOT NULL,
    ENTITY_NAME         VARCHAR2(254)   NOT NULL,
    NAME_TYPE_FLG       CHAR(4)         DEFAULT 'PRIM' NOT NULL,
    PRIM_NAME_SW        CHAR(1)         DEFAULT 'N' NOT NULL,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_PER_NAME_PK PRIMARY KEY (PER_ID, SEQ_NUM)
);
COMMENT ON TABLE CI_PER_NAME IS 'Person name; PRIM_NAME_SW = Y for the primary name.';

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
COMMENT ON TABLE CI_PER_CHAR IS 'Person characteristic (effective dated): priority services register, last dunning letter, VAT number.';

CREATE TABLE CI_ACCT (
    ACCT_ID             CHAR(10)        NOT NULL,
    BILL_CYC_CD         CHAR(4),
    SETUP_DT            DATE,
    CURRENCY_CD         CHAR(3)         DEFAULT 'GBP' NOT NULL,
    CIS_DIVISION        CHAR(5)         DEFAULT 'NWUK' NOT NULL,
    COLL_CL_CD          CHAR(8),
    CUST_CL_CD          CHAR(8)         NOT NULL,
    BILL_AFTER_DT       DATE,
    ACCT_STATUS_FLG     CHAR(2)         DEFAULT '10' NOT NULL,
    CRE_DTTM            DATE,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_ACCT_PK PRIMARY KEY (ACCT_ID)
);
COMMENT ON TABLE CI_ACCT IS 'Account: the billing entity of a Northwind customer.';
COMMENT ON COLUMN CI_ACCT.CUST_CL_CD IS 'Customer class: RESI, SME, IANDC.';

CREATE TABLE CI_ACCT_PER (
    ACCT_ID             CHAR(10)        NOT NULL,
    PER_ID              CHAR(10)        NOT NULL,
    ACCT_REL_TYPE_CD    CHAR(8)         DEFAULT 'MAIN' NOT NULL,
    MAIN_CUST_SW        CHAR(1)         DEFAULT 'N' NOT NULL,
    FIN_RESP_SW         CHAR(1)         DEFAULT 'N' NOT NULL,
    BILL_RTE_TYPE_CD    CHAR(8),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_ACCT_PER_PK PRIMARY KEY (ACCT_ID, PER_ID)
);
COMMENT ON TABLE CI_ACCT_PER IS 'Account / person relationship; MAIN_CUST_SW = Y marks the account holder.';

CREATE TABLE CI_ACCT_NBR (
    ACCT_ID             CHAR(10)        NOT NULL,
    ACCT_NBR_TYPE_CD    CHAR(8)         NOT NULL,
    ACCT_NBR            VARCHAR2(30)    NOT NULL,
    PRIM_SW             CHAR(1)         DEFAULT 'N' NOT NULL,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_ACCT_NBR_PK PRIMARY KEY (ACCT_ID, ACCT_NBR_TYPE_CD)
);
COMMENT ON TABLE CI_ACCT_NBR IS 'External account numbers: C1_F_ANO feed account number (MPAN based), LEGACY (old CIS).';

CREATE TABLE CI_ACCT_CHAR (
    ACCT_ID             CHAR(10)        NOT NULL,
    CHAR_TYPE_CD        CHAR(8)         NOT NULL,
    EFFDT               DATE            NOT NULL,
    CHAR_VAL            CHAR(16)        DEFAULT ' ' NOT NULL,
    ADHOC_CHAR_VAL      VARCHAR2(254),
    CHAR_VAL_FK1        VARCHAR2(50),
    SRCH_CHAR_VAL       VARCHAR2(50),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_ACCT_CHAR_PK PRIMARY KEY (ACCT_ID, CHAR_TYPE_CD, EFFDT)
);
COMMENT ON TABLE CI_ACCT_CHAR IS 'Account characteristic (effective dated): billing hold, payment terms days, zero bill opt-out, tariff code.';

CREATE TABLE CI_PREM (
    PREM_ID             CHAR(10)        NOT NULL,
    PREM_TYPE_CD        CHAR(8),
    CIS_DIVISION        CHAR(5),
    ADDRESS1            VARCHAR2(254),
    CITY                VARCHAR2(90),
    STATE               CHAR(6),
    POSTAL              VARCHAR2(12),
    COUNTRY             CHAR(3),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_PREM_PK PRIMARY KEY (PREM_ID)
);
COMMENT ON TABLE CI_PREM IS 'Premise: supply address (meter point location).';

CREATE TABLE CI_SA (
    SA_ID               CHAR(10)        NOT NULL,
    ACCT_ID             CHAR(10)        NOT NULL,
    CIS_DIVISION        CHAR(5)         DEFAULT 'NWUK' NOT NULL,
    SA_TYPE_CD          CHAR(8)         NOT NULL,
    SA_STATUS_FLG       CHAR(2)         NOT NULL,
    START_DT            DATE,
    END_DT              DATE,
    CURRENCY_CD         CHAR(3)         DEFAULT 'GBP' NOT NULL,
    CHAR_PREM_ID        CHAR(10),
    CRE_DTTM            DATE,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_SA_PK PRIMARY KEY (SA_ID)
);
COMMENT ON TABLE CI_SA IS 'Contract (service agreement): one supply (electricity, gas) or credit balance contract of an account.';
COMMENT ON COLUMN CI_SA.SA_STATUS_FLG IS '05 pending start, 20 active, 30 pending stop, 40 stopped, 50 reactivated, 60 closed, 70 cancelled.';

CREATE TABLE CI_SA_CHAR (
    SA_ID               CHAR(10)        NOT NULL,
    CHAR_TYPE_CD        CHAR(8)         NOT NULL,
    EFFDT               DATE            NOT NULL,
    CHAR_VAL            CHAR(16)        DEFAULT ' ' NOT NULL,
    ADHOC_CHAR_VAL      VARCHAR2(254),
    CHAR_VAL_FK1        VARCHAR2(50),
    SRCH_CHAR_VAL       VARCHAR2(50),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_SA_CHAR_PK PRIMARY KEY (SA_ID, CHAR_TYPE_CD, EFFDT)
);
COMMENT ON TABLE CI_SA_CHAR IS 'Contract characteristic (effective dated): collections hold, tariff, volume cap, external contract reference.';

CREATE TABLE CI_CC (
    CC_ID               CHAR(10)        NOT NULL,
    PER_ID              CHAR(10)        NOT NULL,
    CC_CL_CD            CHAR(8),
    CC_TYPE_CD          CHAR(8)         NOT NULL,
    CC_DTTM             DATE            NOT NULL,
    DESCR254            VARCHAR2(254),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_CC_PK PRIMARY KEY (CC_ID)
);
COMMENT ON TABLE CI_CC IS 'Customer contact: logged interaction, including dunning letters (CC_TYPE_CD DUN1, DUN2, FINAL).';
