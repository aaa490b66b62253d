/* ==========================================================================
   ORMB pricing: price items (products), price lists, price assignments,
   price components, parties, and billable charges.
   Primary keys are added with ALTER TABLE after each table, as the
   ORMB installer does.
   ========================================================================== */

/* Price item ------------------------------------------------------------- */
CREATE TABLE CI_PRICEITEM (
    PRICEITEM_CD        CHAR(30)        NOT NULL,
    PRICEITEM_TYPE_FLG  CHAR(4),
    BUS_OBJ_CD          CHAR(30),
    UOM_CD              CHAR(4),
    PRICEITEM_PARM_SW   CHAR(1)         DEFAULT 'N' NOT NULL,
    EFF_STATUS          CHAR(1)         DEFAULT 'A' NOT NULL,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL
) TABLESPACE CISTS_01;

ALTER TABLE CI_PRICEITEM ADD CONSTRAINT CI_PRICEITEM_PK PRIMARY KEY (PRICEITEM_CD);

COMMENT ON TABLE CI_PRICEITEM IS 'Price item: a product or service that is priced and billed (e.g. card transaction fee, account maintenance fee).';
COMMENT ON COLUMN CI_PRICEITEM.PRICEITEM_CD IS 'Price item code.';
COMMENT ON COLUMN CI_PRICEITEM.PRICEITEM_TYPE_FLG IS 'Price item type.';
COMMENT ON COLUMN CI_PRICEITEM.BUS_OBJ_CD IS 'Business object that maintains the price item.';
COMMENT ON COLUMN CI_PRICEITEM.UOM_CD IS 'Unit of measure in which usage of the price item is counted.';
COMMENT ON COLUMN CI_PRICEITEM.PRICEITEM_PARM_SW IS 'Y when the price item is priced by parameters (pricing attributes).';
COMMENT ON COLUMN CI_PRICEITEM.EFF_STATUS IS 'A active, I inactive.';

CREATE TABLE CI_PRICEITEM_CHAR (
    PRICEITEM_CD        CHAR(30)        NOT NULL,
    CHAR_TYPE_CD        CHAR(8)         NOT NULL,
    EFFDT               DATE            NOT NULL,
    CHAR_VAL            CHAR(16)        DEFAULT ' ' NOT NULL,
    ADHOC_CHAR_VAL      VARCHAR2(254),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL
);

ALTER TABLE CI_PRICEITEM_CHAR ADD CONSTRAINT CI_PRICEITEM_CHAR_PK PRIMARY KEY (PRICEITEM_CD, CHAR_TYPE_CD, EFFDT);
ALTER TABLE CI_PRICEITEM_CHAR ADD CONSTRAINT CI_PRICEITEM_CHAR_FK1 FOREIGN KEY (PRICEITEM_CD) REFERENCES CI_PRICEITEM (PRICEITEM_CD);

COMMENT ON TABLE CI_PRICEITEM_CHAR IS 'Price item characteristic: extra attributes of a product (revenue category, tax category).';
COMMENT ON COLUMN CI_PRICEITEM_CHAR.PRICEITEM_CD IS 'Price item.';
COMMENT ON COLUMN CI_PRICEITEM_CHAR.CHAR_TYPE_CD IS 'Characteristic type.';
COMMENT ON COLUMN CI_PRICEITEM_CHAR.CHAR_VAL IS 'Predefined characteristic value.';

/* Price list --------------------------------------------------------------- */
CREATE TABLE CI_PRICELIST (
    PRICELIST_ID        CHAR(14)        NOT NULL,
    PL_GLOBAL_SW        CHAR(1)         DEFAULT 'N' NOT NULL,
    CURRENCY_CD         CHAR(3),
    BUS_OBJ_CD          CHAR(30),
    START_DT            DATE,
    END_DT              DATE,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL
);

ALTER TABLE CI_PRICELIST ADD CONSTRAINT CI_PRICELIST_PK PRIMARY KEY (PRICELIST_ID);

COMMENT ON TABLE CI_PRICELIST IS 'Price list: a named set of standard prices (rate card) that can be assigned to many customers.';
COMMENT ON COLUMN CI_PRICELIST.PRICELIST_ID IS 'Price list identifier.';
COMMENT ON COLUMN CI_PRICELIST.PL_GLOBAL_SW IS 'Y for the global (default) price list used when no customer-specific price exists.';
COMMENT ON COLUMN CI_PRICELIST.CURRENCY_CD IS 'Currency of the prices.';

/* Party -------------------------------------------------------------------- */
CREATE TABLE CI_PARTY (
    PARTY_UID           CHAR(14)        NOT NULL,
    PARTY_ID            CHAR(10)        NOT NULL,
    PARTY_TYPE_FLG      CHAR(4)         NOT NULL,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL
);

ALTER TABLE CI_PARTY ADD CONSTRAINT CI_PARTY_PK PRIMARY KEY (PARTY_UID);

COMMENT ON TABLE CI_PARTY IS 'Party: a person or an account seen as an owner of prices (customer-specific pricing).';
COMMENT ON COLUMN CI_PARTY.PARTY_UID IS 'Party unique id, referenced by price assignments as owner.';
COMMENT ON COLUMN CI_PARTY.PARTY_ID IS 'Person id or account id, depending on the party type.';
COMMENT ON COLUMN CI_PARTY.PARTY_TYPE_FLG IS 'PERS person, ACCT account.';

/* Price assignment ----------------------------------------------------------- */
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
    TOU_CD              CHAR(8),
    PA_TYPE_FLAG        CHAR(4),
    PRINT_IF_ZERO_SW    CHAR(1)         DEFAULT 'N' NOT NULL,
    IGNORE_SW           CHAR(1)         DEFAULT 'N' NOT NULL,
    DO_NOT_AGG_SW       CHAR(1)         DEFAULT 'N' NOT NULL,
    SCHEDULE_CD         CHAR(12),
    BUS_OBJ_CD          CHAR(30),
    TXN_DAILY_RATING_CRT CHAR(1),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL
);

ALTER TABLE CI_PRICEASGN ADD CONSTRAINT CI_PRICEASGN_PK PRIMARY KEY (PRICE_ASGN_ID);
ALTER TABLE CI_PRICEASGN ADD CONSTRAINT CI_PRICEASGN_FK1 FOREIGN KEY (PRICEITEM_CD) REFERENCES CI_PRICEITEM (PRICEITEM_CD);

COMMENT ON TABLE CI_PRICEASGN IS 'Price assignment: the price of a price item for a price list or a customer (party), with rate schedule and validity dates.';
COMMENT ON COLUMN CI_PRICEASGN.PRICE_ASGN_ID IS 'Price assignment identifier.';
COMMENT ON COLUMN CI_PRICEASGN.OWNER_ID IS 'Owner of the price: price list id or party uid.';
COMMENT ON COLUMN CI_PRICEASGN.PA_OWNER_TYPE_FLG IS 'Owner type: PLST price list, PRTY party (customer-specific price).';
COMMENT ON COLUMN CI_PRICEASGN.PRICEITEM_CD IS 'Price item being priced.';
COMMENT ON COLUMN CI_PRICEASGN.PRICE_STATUS_FLAG IS 'Status: ACTV active, PNDA pending approval, RJCT rejected.';
COMMENT ON COLUMN CI_PRICEASGN.START_DT IS 'Date from which the price applies.';
COMMENT ON COLUMN CI_PRICEASGN.END_DT IS 'Date until which the price applies.';
COMMENT ON COLUMN CI_PRICEASGN.PRICE_CURRENCY_CD IS 'Currency of the price.';
COMMENT ON COLUMN CI_PRICEASGN.RS_CD IS 'Rate schedule that calculates the charge.';
COMMENT ON COLUMN CI_PRICEASGN.PA_TYPE_FLAG IS 'Assignment type: regular, post-processing, pre-processing.';
COMMENT ON COLUMN CI_PRICEASGN.PRINT_IF_ZERO_SW IS 'Y to print the line on the bill even when the amount is zero.';
COMMENT ON COLUMN CI_PRICEASGN.IGNORE_SW IS 'Y to ignore the price item (no charge).';
COMMENT ON COLUMN CI_PRICEASGN.DO_NOT_AGG_SW IS 'Y to price each transaction individually instead of aggregating.';

CREATE TABLE CI_PRICECOMP (
    PRICECOMP_ID        CHAR(12)        NOT NULL,
    PRICE_ASGN_ID       CHAR(14)        NOT NULL,
    RC_SEQ              NUMBER(5)       NOT NULL,
    RS_CD               CHAR(8)         NOT NULL,
    VALUE_AMT           NUMBER(18,6)    DEFAULT 0,
    TIERED_FLAG         CHAR(4),
    DESCR_ON_BILL       VARCHAR2(254),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL
);

ALTER TABLE CI_PRICECOMP ADD CONSTRAINT CI_PRICECOMP_PK PRIMARY KEY (PRICECOMP_ID);
ALTER TABLE CI_PRICECOMP ADD CONSTRAINT CI_PRICECOMP_FK1 FOREIGN KEY (PRICE_ASGN_ID) REFERENCES CI_PRICEASGN (PRICE_ASGN_ID);

COMMENT ON TABLE CI_PRICECOMP IS 'Price component: one priced element (flat fee, per-unit rate, tier) of a price assignment and its value.';
COMMENT ON COLUMN CI_PRICECOMP.PRICECOMP_ID IS 'Price component identifier.';
COMMENT ON COLUMN CI_PRICECOMP.PRICE_ASGN_ID IS 'Price assignment the component belongs to.';
COMMENT ON COLUMN CI_PRICECOMP.RC_SEQ IS 'Rate component sequence in the rate schedule.';
COMMENT ON COLUMN CI_PRICECOMP.VALUE_AMT IS 'Price value (rate or flat amount).';
COMMENT ON COLUMN CI_PRICECOMP.TIERED_FLAG IS 'Tiering: NONE, STEP, THRESHOLD.';

CREATE TABLE CI_PRICEASGN_CHAR (
    PRICE_ASGN_ID       CHAR(14)        NOT NULL,
    CHAR_TYPE_CD        CHAR(8)         NOT NULL,
    EFFDT               DATE            NOT NULL,
    CHAR_VAL            CHAR(16)        DEFAULT ' ' NOT NULL,
    ADHOC_CHAR_VAL      VARCHAR2(254),
    SRCH_CHAR_VAL       VARCHAR2(50),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL
);

ALTER TABLE CI_PRICEASGN_CHAR ADD CONSTRAINT CI_PRICEASGN_CHAR_PK PRIMARY KEY (PRICE_ASGN_ID, CHAR_TYPE_CD, EFFDT);
ALTER TABLE CI_PRICEASGN_CHAR ADD CONSTRAINT CI_PRICEASGN_CHAR_FK1 FOREIGN KEY (PRICE_ASGN_ID) REFERENCES CI_PRICEASGN (PRICE_ASGN_ID);

COMMENT ON TABLE CI_PRICEASGN_CHAR IS 'Price assignment characteristic: extra attributes of a price (approval reference, agreement number, minimum charge flag).';
COMMENT ON COLUMN CI_PRICEASGN_CHAR.PRICE_ASGN_ID IS 'Price assignment.';
COMMENT ON COLUMN CI_PRICEASGN_CHAR.CHAR_TYPE_CD IS 'Characteristic type.';
COMMENT ON COLUMN CI_PRICEASGN_CHAR.SRCH_CHAR_VAL IS 'Search copy of the value.';

/* Billable charge ------------------------------------------------------------ */
CREATE TABLE CI_BILL_CHG (
    BILLABLE_CHG_ID     CHAR(12)        NOT NULL,
    SA_ID               CHAR(10)        NOT NULL,
    START_DT            DATE            NOT NULL,
    END_DT              DATE            NOT NULL,
    DESCR_ON_BILL       VARCHAR2(254),
    CHG_TYPE_CD         CHAR(8),
    BILLABLE_CHG_STAT   CHAR(2)         NOT NULL,
    BILL_AFTER_DT       DATE,
    PRICEITEM_CD        CHAR(30),
    PRICE_ASGN_ID       CHAR(14),
    FEED_SOURCE_FLG     CHAR(4),
    TXN_HEADER_ID       NUMBER(14),
    RECURRING_FLG       CHAR(4),
    PRICE_CURRENCY_CD   CHAR(3),
    CRE_DTTM            DATE,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL
);

ALTER TABLE CI_BILL_CHG ADD CONSTRAINT CI_BILL_CHG_PK PRIMARY KEY (BILLABLE_CHG_ID);
ALTER TABLE CI_BILL_CHG ADD CONSTRAINT CI_BILL_CHG_FK1 FOREIGN KEY (SA_ID) REFERENCES CI_SA (SA_ID);
ALTER TABLE CI_BILL_CHG ADD CONSTRAINT CI_BILL_CHG_FK2 FOREIGN KEY (PRICEITEM_CD) REFERENCES CI_PRICEITEM (PRICEITEM_CD);

COMMENT ON TABLE CI_BILL_CHG IS 'Billable charge: a charge (fee, priced usage, one-off service) waiting to be billed on a contract - TFM creates them from transactions.';
COMMENT ON COLUMN CI_BILL_CHG.BILLABLE_CHG_ID IS 'System-generated billable charge identifier.';
COMMENT ON COLUMN CI_BILL_CHG.SA_ID IS 'Contract (billable charge contract) that bills the charge.';
COMMENT ON COLUMN CI_BILL_CHG.START_DT IS 'Start of the period the charge covers.';
COMMENT ON COLUMN CI_BILL_CHG.END_DT IS 'End of the period the charge covers.';
COMMENT ON COLUMN CI_BILL_CHG.DESCR_ON_BILL IS 'Description printed on the bill.';
COMMENT ON COLUMN CI_BILL_CHG.BILLABLE_CHG_STAT IS 'Status: 10 billable, 20 cancelled.';
COMMENT ON COLUMN CI_BILL_CHG.BILL_AFTER_DT IS 'The charge is not billed before this date.';
COMMENT ON COLUMN CI_BILL_CHG.PRICEITEM_CD IS 'Price item charged.';
COMMENT ON COLUMN CI_BILL_CHG.PRICE_ASGN_ID IS 'Price assignment used to price the charge.';
COMMENT ON COLUMN CI_BILL_CHG.FEED_SOURCE_FLG IS 'Origin: TFM transaction feed, UPLD upload, ONLN online.';
COMMENT ON COLUMN CI_BILL_CHG.RECURRING_FLG IS 'Recurring charge frequency, blank for one-off charges.';

CREATE TABLE CI_BILL_CHG_CHAR (
    BILLABLE_CHG_ID     CHAR(12)        NOT NULL,
    CHAR_TYPE_CD        CHAR(8)         NOT NULL,
    EFFDT               DATE            NOT NULL,
    CHAR_VAL            CHAR(16)        DEFAULT ' ' NOT NULL,
    ADHOC_CHAR_VAL      VARCHAR2(254),
    CHAR_VAL_FK1        VARCHAR2(50),
    SRCH_CHAR_VAL       VARCHAR2(50),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL
);

ALTER TABLE CI_BILL_CHG_CHAR ADD CONSTRAINT CI_BILL_CHG_CHAR_PK PRIMARY KEY (BILLABLE_CHG_ID, CHAR_TYPE_CD, EFFDT);
ALTER TABLE CI_BILL_CHG_CHAR ADD CONSTRAINT CI_BILL_CHG_CHAR_FK1 FOREIGN KEY (BILLABLE_CHG_ID) REFERENCES CI_BILL_CHG (BILLABLE_CHG_ID);

COMMENT ON TABLE CI_BILL_CHG_CHAR IS 'Billable charge characteristic: attributes carried from the source transaction (merchant id, card brand, region).';
COMMENT ON COLUMN CI_BILL_CHG_CHAR.BILLABLE_CHG_ID IS 'Billable charge.';
COMMENT ON COLUMN CI_BILL_CHG_CHAR.CHAR_TYPE_CD IS 'Characteristic type.';
COMMENT ON COLUMN CI_BILL_CHG_CHAR.ADHOC_CHAR_VAL IS 'Free-text value.';
COMMENT ON COLUMN CI_BILL_CHG_CHAR.SRCH_CHAR_VAL IS 'Search copy of the value.';

CREATE TABLE CI_BCHG_SQ (
    BILLABLE_CHG_ID     CHAR(12)        NOT NULL,
    SQI_CD              CHAR(8)         NOT NULL,
    UOM_CD              CHAR(4)         DEFAULT ' ' NOT NULL,
    TOU_CD              CHAR(8)         DEFAULT ' ' NOT NULL,
    SVC_QTY             NUMBER(18,6)    DEFAULT 0 NOT NULL,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL
);

ALTER TABLE CI_BCHG_SQ ADD CONSTRAINT CI_BCHG_SQ_PK PRIMARY KEY (BILLABLE_CHG_ID, SQI_CD, UOM_CD, TOU_CD);
ALTER TABLE CI_BCHG_SQ ADD CONSTRAINT CI_BCHG_SQ_FK1 FOREIGN KEY (BILLABLE_CHG_ID) REFERENCES CI_BILL_CHG (BILLABLE_CHG_ID);

COMMENT ON TABLE CI_BCHG_SQ IS 'Billable charge service quantity: the volumes (transaction count, amount, units) on which a billable charge is priced.';
COMMENT ON COLUMN CI_BCHG_SQ.BILLABLE_CHG_ID IS 'Billable charge.';
COMMENT ON COLUMN CI_BCHG_SQ.SQI_CD IS 'Service quantity identifier (e.g. TXNCNT count, TXNVOL volume).';
COMMENT ON COLUMN CI_BCHG_SQ.SVC_QTY IS 'Quantity.';

CREATE INDEX XT341S1 ON CI_PRICEASGN (OWNER_ID, PRICEITEM_CD, START_DT);
CREATE INDEX XT350S1 ON CI_BILL_CHG (SA_ID, BILLABLE_CHG_STAT);
CREATE INDEX XT352S1 ON CI_PARTY (PARTY_ID, PARTY_TYPE_FLG);
