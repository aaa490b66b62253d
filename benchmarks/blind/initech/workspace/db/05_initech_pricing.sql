-- ============================================================================
-- Initech Financial Services - ORMB schema extract (CISADM), pricing area
-- price items (products), price lists, parties, tariffs (price assignments),
-- price components, billable charges
-- ============================================================================

CREATE TABLE CI_PRICEITEM (
    PRICEITEM_CD        CHAR(30)        NOT NULL,
    PRICEITEM_TYPE_FLG  CHAR(4),
    BUS_OBJ_CD          CHAR(30),
    UOM_CD              CHAR(4),
    PRICEITEM_PARM_SW   CHAR(1)         DEFAULT 'N' NOT NULL,
    EFF_STATUS          CHAR(1)         DEFAULT 'A' NOT NULL,
    DESCR               VARCHAR2(60),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_PRICEITEM_PK PRIMARY KEY (PRICEITEM_CD)
);
COMMENT ON TABLE CI_PRICEITEM IS 'Price item: a priced product / fee (facility fee, card transaction fee, wire fee).';

CREATE TABLE CI_PRICEITEM_CHAR (
    PRICEITEM_CD        CHAR(30)        NOT NULL,
    CHAR_TYPE_CD        CHAR(8)         NOT NULL,
    EFFDT               DATE            NOT NULL,
    CHAR_VAL            CHAR(16)        DEFAULT ' ' NOT NULL,
    ADHOC_CHAR_VAL      VARCHAR2(254),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_PRICEITEM_CHAR_PK PRIMARY KEY (PRICEITEM_CD, CHAR_TYPE_CD, EFFDT),
    CONSTRAINT CI_PRICEITEM_CHAR_FK1 FOREIGN KEY (PRICEITEM_CD) REFERENCES CI_PRICEITEM (PRICEITEM_CD)
);
COMMENT ON TABLE CI_PRICEITEM_CHAR IS 'Price item characteristic (effective dated): revenue category, tax category, minimum-charge exemption CM-MINEX.';

CREATE TABLE CI_PRICELIST (
    PRICELIST_ID        CHAR(14)        NOT NULL,
    PL_GLOBAL_SW        CHAR(1)         DEFAULT 'N' NOT NULL,
    CURRENCY_CD         CHAR(3),
    START_DT            DATE,
    END_DT              DATE,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_PRICELIST_PK PRIMARY KEY (PRICELIST_ID)
);
COMMENT ON TABLE CI_PRICELIST IS 'Price list: standard tariff card; PL_GLOBAL_SW = Y for the global (default) list.';

CREATE TABLE CI_PARTY (
    PARTY_UID           CHAR(14)        NOT NULL,
    PARTY_ID            CHAR(10)        NOT NULL,
    PARTY_TYPE_FLG      CHAR(4)         NOT NULL,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_PARTY_PK PRIMARY KEY (PARTY_UID)
);
COMMENT ON TABLE CI_PARTY IS 'Party: a person (PERS) or account (ACCT) as owner of negotiated tariffs; PARTY_ID is the PER_ID or ACCT_ID.';

CREATE TABLE CI_PRICEASGN (
    PRICE_ASGN_ID       CHAR(14)        NOT NULL,
    OWNER_ID            CHAR(14)        NOT NULL,
    PA_OWNER_TYPE_FLG   CHAR(4)         NOT NULL,
    PRICEITEM_CD        CHAR(30)        NOT NULL,
    PRICE_STATUS_FLAG   CHAR(4)         NOT NULL,
    START_DT            DATE            NOT NULL,
    END_DT              DATE,
    PRICE_CURRENCY_CD   CHAR(3)         NOT NULL,
    RS_CD               CHAR(8)         NOT NULL,
    PA_TYPE_FLAG        CHAR(4),
    PRINT_IF_ZERO_SW    CHAR(1)         DEFAULT 'N' NOT NULL,
    IGNORE_SW           CHAR(1)         DEFAULT 'N' NOT NULL,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_PRICEASGN_PK PRIMARY KEY (PRICE_ASGN_ID),
    CONSTRAINT CI_PRICEASGN_FK1 FOREIGN KEY (PRICEITEM_CD) REFERENCES CI_PRICEITEM (PRICEITEM_CD)
);
COMMENT ON TABLE CI_PRICEASGN IS 'Price assignment (tariff): the price of a price item for a price list (PLST) or a party (PRTY, negotiated), with validity dates.';
COMMENT ON COLUMN CI_PRICEASGN.OWNER_ID IS 'Price list id (PLST) or party uid (PRTY).';
COMMENT ON COLUMN CI_PRICEASGN.PRICE_STATUS_FLAG IS 'ACTV active, PNDA pending approval, RJCT rejected.';

CREATE TABLE CI_PRICECOMP (
    PRICECOMP_ID        CHAR(12)        NOT NULL,
    PRICE_ASGN_ID       CHAR(14)        NOT NULL,
    RC_SEQ              NUMBER(5)       NOT NULL,
    RS_CD               CHAR(8)         NOT NULL,
    VALUE_AMT           NUMBER(18,6)    DEFAULT 0,
    TIERED_FLAG         CHAR(4),
    DESCR_ON_BILL       VARCHAR2(254),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_PRICECOMP_PK PRIMARY KEY (PRICECOMP_ID),
    CONSTRAINT CI_PRICECOMP_FK1 FOREIGN KEY (PRICE_ASGN_ID) REFERENCES CI_PRICEASGN (PRICE_ASGN_ID)
);
COMMENT ON TABLE CI_PRICECOMP IS 'Price component: one rate / flat amount of a tariff, by rate component sequence.';

CREATE TABLE CI_BILL_CHG (
    BILLABLE_CHG_ID     CHAR(12)        NOT NULL,
    SA_ID               CHAR(10)        NOT NULL,
    START_DT            DATE            NOT NULL,
    END_DT              DATE            NOT NULL,
    DESCR_ON_BILL       VARCHAR2(254),
    BILLABLE_CHG_STAT   CHAR(2)         NOT NULL,
    PRICEITEM_CD        CHAR(30),
    PRICE_ASGN_ID       CHAR(14),
    FEED_SOURCE_FLG     CHAR(4),
    CRE_DTTM            DATE,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_BILL_CHG_PK PRIMARY KEY (BILLABLE_CHG_ID),
    CONSTRAINT CI_BILL_CHG_FK1 FOREIGN KEY (SA_ID) REFERENCES CI_SA (SA_ID)
);
COMMENT ON TABLE CI_BILL_CHG IS 'Billable charge: priced fee / usage waiting to be invoiced on a contract (10 billable, 20 canceled).';

CREATE TABLE CI_BILL_CHG_CHAR (
    BILLABLE_CHG_ID     CHAR(12)        NOT NULL,
    CHAR_TYPE_CD        CHAR(8)         NOT NULL,
    EFFDT               DATE            NOT NULL,
    CHAR_VAL            CHAR(16)        DEFAULT ' ' NOT NULL,
    ADHOC_CHAR_VAL      VARCHAR2(254),
    SRCH_CHAR_VAL       VARCHAR2(50),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_BILL_CHG_CHAR_PK PRIMARY KEY (BILLABLE_CHG_ID, CHAR_TYPE_CD, EFFDT),
    CONSTRAINT CI_BILL_CHG_CHAR_FK1 FOREIGN KEY (BILLABLE_CHG_ID) REFERENCES CI_BILL_CHG (BILLABLE_CHG_ID)
);
COMMENT ON TABLE CI_BILL_CHG_CHAR IS 'Billable charge characteristic: attributes from the source transaction (channel, card brand, region).';

CREATE INDEX XT341S1 ON CI_PRICEASGN (OWNER_ID, PRICEITEM_CD, START_DT);
CREATE INDEX XT352S1 ON CI_PARTY (PARTY_ID, PARTY_TYPE_FLG);
