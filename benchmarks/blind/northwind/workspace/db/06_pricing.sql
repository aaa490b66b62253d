-- ============================================================================
-- Northwind Energy ORMB - pricing: price items, price lists, parties,
-- price assignments and billable charges
-- ============================================================================

CREATE TABLE CI_PRICEITEM (
    PRICEITEM_CD        CHAR(30)        NOT NULL,
    DESCR               VARCHAR2(60),
    UOM_CD              CHAR(4),
    EFF_STATUS          CHAR(1)         DEFAULT 'A' NOT NULL,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_PRICEITEM_PK PRIMARY KEY (PRICEITEM_CD)
);
COMMENT ON TABLE CI_PRICEITEM IS 'Price item: ELEC_UNIT_DAY, ELEC_UNIT_NIGHT, GAS_UNIT, STANDING_CHARGE, METER_EXCH_FEE.';

CREATE TABLE CI_PRICELIST (
    PRICELIST_ID        CHAR(14)        NOT NULL,
    PL_GLOBAL_SW        CHAR(1)         DEFAULT 'N' NOT NULL,
    CURRENCY_CD         CHAR(3),
    START_DT            DATE,
    END_DT              DATE,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_PRICELIST_PK PRIMARY KEY (PRICELIST_ID)
);
COMMENT ON TABLE CI_PRICELIST IS 'Price list (standard variable tariff, fixed tariffs); PL_GLOBAL_SW = Y for the default tariff.';

CREATE TABLE CI_PARTY (
    PARTY_UID           CHAR(14)        NOT NULL,
    PARTY_ID            CHAR(10)        NOT NULL,
    PARTY_TYPE_FLG      CHAR(4)         NOT NULL,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_PARTY_PK PRIMARY KEY (PARTY_UID)
);
COMMENT ON TABLE CI_PARTY IS 'Party: a person (PERS) or account (ACCT) owning customer-specific prices.';

CREATE TABLE CI_PRICEASGN (
    PRICE_ASGN_ID       CHAR(14)        NOT NULL,
    OWNER_ID            CHAR(14)        NOT NULL,
    PA_OWNER_TYPE_FLG   CHAR(4)         NOT NULL,
    PRICEITEM_CD        CHAR(30)        NOT NULL,
    PRICE_STATUS_FLAG   CHAR(4)         NOT NULL,
    START_DT            DATE            NOT NULL,
    END_DT              DATE,
    PRICE_CURRENCY_CD   CHAR(3)         DEFAULT 'GBP' NOT NULL,
    RS_CD               CHAR(8),
    PA_TYPE_FLAG        CHAR(4),
    IGNORE_SW           CHAR(1)         DEFAULT 'N' NOT NULL,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_PRICEASGN_PK PRIMARY KEY (PRICE_ASGN_ID)
);
COMMENT ON TABLE CI_PRICEASGN IS 'Price assignment: price of a price item for a price list (PLST) or a party (PRTY). Status ACTV active, PNDA pending approval, RJCT rejected.';

CREATE TABLE CI_PRICECOMP (
    PRICECOMP_ID        CHAR(12)        NOT NULL,
    PRICE_ASGN_ID       CHAR(14)        NOT NULL,
    RC_SEQ              NUMBER(5)       NOT NULL,
    VALUE_AMT           NUMBER(18,6)    DEFAULT 0,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_PRICECOMP_PK PRIMARY KEY (PRICECOMP_ID)
);
COMMENT ON TABLE CI_PRICECOMP IS 'Price component: unit rate (p/kWh) or daily standing charge of a price assignment.';

CREATE TABLE CI_PRICEASGN_CHAR (
    PRICE_ASGN_ID       CHAR(14)        NOT NULL,
    CHAR_TYPE_CD        CHAR(8)         NOT NULL,
    EFFDT               DATE            NOT NULL,
    CHAR_VAL            CHAR(16)        DEFAULT ' ' NOT NULL,
    ADHOC_CHAR_VAL      VARCHAR2(254),
    SRCH_CHAR_VAL       VARCHAR2(50),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_PRICEASGN_CHAR_PK PRIMARY KEY (PRICE_ASGN_ID, CHAR_TYPE_CD, EFFDT)
);
COMMENT ON TABLE CI_PRICEASGN_CHAR IS 'Price assignment characteristic (approval reference, fixed-term end).';

CREATE TABLE CI_BILL_CHG (
    BILLABLE_CHG_ID     CHAR(12)        NOT NULL,
    SA_ID               CHAR(10)        NOT NULL,
    START_DT            DATE            NOT NULL,
    END_DT              DATE            NOT NULL,
    BILLABLE_CHG_STAT   CHAR(2)         NOT NULL,
    PRICEITEM_CD        CHAR(30),
    PRICE_ASGN_ID       CHAR(14),
    FEED_SOURCE_FLG     CHAR(4),
    TXN_HEADER_ID       NUMBER(14),
    DESCR_ON_BILL       VARCHAR2(254),
    CRE_DTTM            DATE,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_BILL_CHG_PK PRIMARY KEY (BILLABLE_CHG_ID)
);
COMMENT ON TABLE CI_BILL_CHG IS 'Billable charge: aggregated usage (TFM) or one-off fee waiting to be billed. 10 billable, 20 cancelled.';

CREATE TABLE CI_BILL_CHG_CHAR (
    BILLABLE_CHG_ID     CHAR(12)        NOT NULL,
    CHAR_TYPE_CD        CHAR(8)         NOT NULL,
    EFFDT               DATE            NOT NULL,
    CHAR_VAL            CHAR(16)        DEFAULT ' ' NOT NULL,
    ADHOC_CHAR_VAL      VARCHAR2(254),
    SRCH_CHAR_VAL       VARCHAR2(50),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_BILL_CHG_CHAR_PK PRIMARY KEY (BILLABLE_CHG_ID, CHAR_TYPE_CD, EFFDT)
);
COMMENT ON TABLE CI_BILL_CHG_CHAR IS 'Billable charge characteristic: meter point (MPAN/MPRN), register, time band.';

CREATE TABLE CI_BCHG_SQ (
    BILLABLE_CHG_ID     CHAR(12)        NOT NULL,
    SQI_CD              CHAR(8)         NOT NULL,
    UOM_CD              CHAR(4)         DEFAULT ' ' NOT NULL,
    SVC_QTY             NUMBER(18,6)    DEFAULT 0 NOT NULL,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_BCHG_SQ_PK PRIMARY KEY (BILLABLE_CHG_ID, SQI_CD, UOM_CD)
);
COMMENT ON TABLE CI_BCHG_SQ IS 'Billable charge service quantity (kWh, days).';
