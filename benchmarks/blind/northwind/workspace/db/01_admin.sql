-- ============================================================================
-- Northwind Energy ORMB - administration / control tables
-- Source: NWE ORMB DEV (CISADM), exported by the NWE DBA team for the
-- ormb-ext repository. Storage clauses stripped.
-- ============================================================================

CREATE TABLE CI_CURRENCY_CD (
    CURRENCY_CD         CHAR(3)         NOT NULL,
    DESCR               VARCHAR2(60),
    CURRENCY_SYMBOL     VARCHAR2(5),
    DECIMAL_POSITIONS   NUMBER(1)       DEFAULT 2 NOT NULL,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_CURRENCY_CD_PK PRIMARY KEY (CURRENCY_CD)
);
COMMENT ON TABLE CI_CURRENCY_CD IS 'Currency code (GBP, EUR, USD) with symbol and decimal places.';

CREATE TABLE CI_CIS_DIVISION (
    CIS_DIVISION        CHAR(5)         NOT NULL,
    DESCR               VARCHAR2(60),
    CURRENCY_CD         CHAR(3),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_CIS_DIVISION_PK PRIMARY KEY (CIS_DIVISION)
);
COMMENT ON TABLE CI_CIS_DIVISION IS 'CIS division: the Northwind legal entity / supply licence (NWUK, NWIE) owning accounts and contracts.';

CREATE TABLE CI_CUST_CL (
    CUST_CL_CD          CHAR(8)         NOT NULL,
    DESCR               VARCHAR2(60),
    OPEN_ITEM_SW        CHAR(1)         DEFAULT 'N' NOT NULL,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_CUST_CL_PK PRIMARY KEY (CUST_CL_CD)
);
COMMENT ON TABLE CI_CUST_CL IS 'Customer class (RESI domestic, SME, I&C industrial and commercial): carries bill completion, payment freeze, bill eligibility and overpayment algorithms.';

CREATE TABLE CI_BILL_CYC (
    BILL_CYC_CD         CHAR(4)         NOT NULL,
    DESCR               VARCHAR2(60),
    BILL_CYC_FREQ_CD    CHAR(8),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_BILL_CYC_PK PRIMARY KEY (BILL_CYC_CD)
);
COMMENT ON TABLE CI_BILL_CYC IS 'Bill cycle: monthly / quarterly billing schedule of accounts.';

CREATE TABLE CI_DST_CODE (
    DST_ID              CHAR(10)        NOT NULL,
    DESCR               VARCHAR2(60),
    GL_ACCT             VARCHAR2(254)   NOT NULL,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_DST_CODE_PK PRIMARY KEY (DST_ID)
);
COMMENT ON TABLE CI_DST_CODE IS 'GL distribution code: general ledger account template used when booking FTs.';

CREATE TABLE CI_SA_TYPE (
    CIS_DIVISION        CHAR(5)         NOT NULL,
    SA_TYPE_CD          CHAR(8)         NOT NULL,
    DESCR               VARCHAR2(60),
    DST_ID              CHAR(10),
    BSEG_TYPE_CD        CHAR(8),
    PAY_PRIO_NUM        NUMBER(3)       DEFAULT 50,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_SA_TYPE_PK PRIMARY KEY (CIS_DIVISION, SA_TYPE_CD)
);
COMMENT ON TABLE CI_SA_TYPE IS 'Contract (SA) type: NWELEC electricity supply, NWGAS gas supply, NWCREDIT credit balance / deposit, NWSTAND standing charges. Carries the contract level algorithms.';

CREATE TABLE CI_ADJ_TYPE (
    ADJ_TYPE_CD         CHAR(8)         NOT NULL,
    DESCR               VARCHAR2(60),
    DST_ID              CHAR(10),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_ADJ_TYPE_PK PRIMARY KEY (ADJ_TYPE_CD)
);
COMMENT ON TABLE CI_ADJ_TYPE IS 'Adjustment type (goodwill credit, meter exchange fee, write off) with its algorithms.';

CREATE TABLE CI_CHAR_TYPE (
    CHAR_TYPE_CD        CHAR(8)         NOT NULL,
    DESCR               VARCHAR2(60),
    CHAR_TYPE_FLG       CHAR(3)         NOT NULL,
    ADHOC_VAL_ALG_CD    CHAR(12),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_CHAR_TYPE_PK PRIMARY KEY (CHAR_TYPE_CD)
);
COMMENT ON TABLE CI_CHAR_TYPE IS 'Characteristic type: ADV ad hoc, DFV predefined, FKV foreign key values.';

CREATE TABLE CI_BATCH_CTRL (
    BATCH_CD            CHAR(8)         NOT NULL,
    DESCR               VARCHAR2(60),
    NEXT_BATCH_NBR      NUMBER(10)      DEFAULT 1 NOT NULL,
    LAST_UPDATE_DTTM    DATE,
    PROGRAM_NAME        VARCHAR2(254),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_BATCH_CTRL_PK PRIMARY KEY (BATCH_CD)
);
COMMENT ON TABLE CI_BATCH_CTRL IS 'Batch control: a background process (e.g. C1-TXNIP transaction upload, NW-TXRTY error retry) and its run number.';

CREATE TABLE F1_BUS_OBJ (
    BUS_OBJ_CD          CHAR(30)        NOT NULL,
    MAINT_OBJ_CD        CHAR(12)        NOT NULL,
    LIFE_CYCLE_BO_CD    CHAR(30),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT F1_BUS_OBJ_PK PRIMARY KEY (BUS_OBJ_CD)
);
COMMENT ON TABLE F1_BUS_OBJ IS 'Business object, e.g. C1-TxnDetail (transaction feed lifecycle).';
