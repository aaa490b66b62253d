-- ============================================================================
-- ORMB Transaction Feed Management (TFM): usage / transaction upload tables.
-- Transactions arrive in CI_TXN_DETAIL_STG, are validated and moved to
-- CI_TXN_DETAIL, mapped to price items (CI_TXN_DTL_PRITM), rated
-- (CI_TXN_CALC / CI_TXN_CALC_LN) and aggregated into billable charges.
-- ============================================================================

CREATE TABLE CI_TXN_HEADER (
    TXN_HEADER_ID       NUMBER(14)      NOT NULL,
    TXN_SOURCE_CD       CHAR(30)        NOT NULL,
    TXN_FILE_NAME       VARCHAR2(254),
    TXN_HEADER_DTTM     TIMESTAMP       NOT NULL,
    TXN_HDR_STATUS_FLG  CHAR(4)         NOT NULL,
    TXN_CNT             NUMBER(10)      DEFAULT 0,
    TOT_TXN_AMT         NUMBER(15,2)    DEFAULT 0,
    CURRENCY_CD         CHAR(3),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_TXN_HEADER_PK PRIMARY KEY (TXN_HEADER_ID)
);

COMMENT ON TABLE CI_TXN_HEADER IS 'Transaction header: one uploaded transaction file (feed batch) with its record count and control total.';
COMMENT ON COLUMN CI_TXN_HEADER.TXN_HEADER_ID IS 'Transaction header identifier.';
COMMENT ON COLUMN CI_TXN_HEADER.TXN_SOURCE_CD IS 'Source system that sent the file.';
COMMENT ON COLUMN CI_TXN_HEADER.TXN_FILE_NAME IS 'Name of the uploaded file.';
COMMENT ON COLUMN CI_TXN_HEADER.TXN_HDR_STATUS_FLG IS 'Upload status of the file.';
COMMENT ON COLUMN CI_TXN_HEADER.TXN_CNT IS 'Number of transactions in the file.';
COMMENT ON COLUMN CI_TXN_HEADER.TOT_TXN_AMT IS 'Control total of the transaction amounts.';

CREATE TABLE CI_TXN_DETAIL_STG (
    TXN_DETAIL_ID       NUMBER(14)      NOT NULL,
    TXN_HEADER_ID       NUMBER(14)      NOT NULL,
    TXN_SOURCE_CD       CHAR(30)        NOT NULL,
    TXN_REC_TYPE_CD     CHAR(30),
    TXN_DTTM            TIMESTAMP       NOT NULL,
    EXT_TXN_NBR         VARCHAR2(36),
    CUST_REF_NBR        VARCHAR2(36),
    CIS_DIVISION        CHAR(5),
    ACCT_NBR_TYPE_CD    CHAR(8),
    ACCT_NBR            VARCHAR2(30),
    TXN_VOL             NUMBER(18,6)    DEFAULT 0,
    TXN_AMT             NUMBER(15,2)    DEFAULT 0,
    CURRENCY_CD         CHAR(3),
    MANUAL_SW           CHAR(1)         DEFAULT 'N' NOT NULL,
    STG_STATUS_FLG      CHAR(4)         NOT NULL,
    MESSAGE_CAT_NBR     NUMBER(5),
    MESSAGE_NBR         NUMBER(5),
    UDF_CHAR_1              VARCHAR2(60),
    UDF_CHAR_2              VARCHAR2(60),
    UDF_CHAR_3              VARCHAR2(60),
    UDF_CHAR_4              VARCHAR2(60),
    UDF_CHAR_5              VARCHAR2(60),
    UDF_CHAR_6              VARCHAR2(60),
    UDF_CHAR_7              VARCHAR2(60),
    UDF_CHAR_8              VARCHAR2(60),
    UDF_CHAR_9              VARCHAR2(60),
    UDF_CHAR_10             VARCHAR2(60),
    UDF_CHAR_11             VARCHAR2(60),
    UDF_CHAR_12             VARCHAR2(60),
    UDF_CHAR_13             VARCHAR2(60),
    UDF_CHAR_14             VARCHAR2(60),
    UDF_CHAR_15             VARCHAR2(60),
    UDF_CHAR_16             VARCHAR2(60),
    UDF_CHAR_17             VARCHAR2(60),
    UDF_CHAR_18             VARCHAR2(60),
    UDF_CHAR_19             VARCHAR2(60),
    UDF_CHAR_20             VARCHAR2(60),
    UDF_NBR_1               NUMBER(18,6),
    UDF_NBR_2               NUMBER(18,6),
    UDF_NBR_3               NUMBER(18,6),
    UDF_NBR_4               NUMBER(18,6),
    UDF_NBR_5               NUMBER(18,6),
    UDF_NBR_6               NUMBER(18,6),
    UDF_NBR_7               NUMBER(18,6),
    UDF_NBR_8               NUMBER(18,6),
    UDF_NBR_9               NUMBER(18,6),
    UDF_NBR_10              NUMBER(18,6),
    UDF_AMT_1               NUMBER(15,2),
    UDF_AMT_2               NUMBER(15,2),
    UDF_AMT_3               NUMBER(15,2),
    UDF_AMT_4               NUMBER(15,2),
    UDF_AMT_5               NUMBER(15,2),
    UDF_AMT_6               NUMBER(15,2),
    UDF_AMT_7               NUMBER(15,2),
    UDF_AMT_8               NUMBER(15,2),
    UDF_AMT_9               NUMBER(15,2),
    UDF_AMT_10              NUMBER(15,2),
    CRE_DTTM            TIMESTAMP,
    CONSTRAINT CI_TXN_DETAIL_STG_PK PRIMARY KEY (TXN_DETAIL_ID),
    CONSTRAINT CI_TXN_DETAIL_STG_FK1 FOREIGN KEY (TXN_HEADER_ID) REFERENCES CI_TXN_HEADER (TXN_HEADER_ID)
);

COMMENT ON TABLE CI_TXN_DETAIL_STG IS 'Transaction staging: raw usage/transaction records as loaded from the feed file, before validation.';
COMMENT ON COLUMN CI_TXN_DETAIL_STG.TXN_DETAIL_ID IS 'Transaction identifier (kept when moved to CI_TXN_DETAIL).';
COMMENT ON COLUMN CI_TXN_DETAIL_STG.TXN_HEADER_ID IS 'File (transaction header) the record came in.';
COMMENT ON COLUMN CI_TXN_DETAIL_STG.TXN_SOURCE_CD IS 'Source system of the transaction.';
COMMENT ON COLUMN CI_TXN_DETAIL_STG.TXN_DTTM IS 'When the transaction happened.';
COMMENT ON COLUMN CI_TXN_DETAIL_STG.ACCT_NBR_TYPE_CD IS 'Type of the account number the feed identifies the customer with.';
COMMENT ON COLUMN CI_TXN_DETAIL_STG.ACCT_NBR IS 'Customer account number as sent by the feed.';
COMMENT ON COLUMN CI_TXN_DETAIL_STG.TXN_VOL IS 'Transaction volume (count or units).';
COMMENT ON COLUMN CI_TXN_DETAIL_STG.TXN_AMT IS 'Transaction amount.';
COMMENT ON COLUMN CI_TXN_DETAIL_STG.STG_STATUS_FLG IS 'Staging status: PEND pending, VALD moved, ERR error.';

CREATE TABLE CI_TXN_DETAIL (
    TXN_DETAIL_ID       NUMBER(14)      NOT NULL,
    TXN_HEADER_ID       NUMBER(14)      NOT NULL,
    TXN_SOURCE_CD       CHAR(30)        NOT NULL,
    TXN_REC_TYPE_CD     CHAR(30),
    TXN_DTTM            TIMESTAMP       NOT NULL,
    EXT_TXN_NBR         VARCHAR2(36),
    CUST_REF_NBR        VARCHAR2(36),
    CIS_DIVISION        CHAR(5),
    ACCT_NBR_TYPE_CD    CHAR(8),
    ACCT_NBR            VARCHAR2(30),
    TXN_VOL             NUMBER(18,6)    DEFAULT 0,
    TXN_AMT             NUMBER(15,2)    DEFAULT 0,
    CURRENCY_CD         CHAR(3),
    MANUAL_SW           CHAR(1)         DEFAULT 'N' NOT NULL,
    BUS_OBJ_CD          CHAR(30)        NOT NULL,
    BO_STATUS_CD        CHAR(12)        NOT NULL,
    STATUS_UPD_DTTM     TIMESTAMP,
    CURR_SYS_PRCS_DT    DATE,
    INIT_PRCS_DT        DATE,
    MESSAGE_CAT_NBR     NUMBER(5),
    MESSAGE_NBR         NUMBER(5),
    ACCT_ID             CHAR(10),
    SA_ID               CHAR(10),
    UDF_CHAR_1              VARCHAR2(60),
    UDF_CHAR_2              VARCHAR2(60),
    UDF_CHAR_3              VARCHAR2(60),
    UDF_CHAR_4              VARCHAR2(60),
    UDF_CHAR_5              VARCHAR2(60),
    UDF_CHAR_6              VARCHAR2(60),
    UDF_CHAR_7              VARCHAR2(60),
    UDF_CHAR_8              VARCHAR2(60),
    UDF_CHAR_9              VARCHAR2(60),
    UDF_CHAR_10             VARCHAR2(60),
    UDF_CHAR_11             VARCHAR2(60),
    UDF_CHAR_12             VARCHAR2(60),
    UDF_CHAR_13             VARCHAR2(60),
    UDF_CHAR_14             VARCHAR2(60),
    UDF_CHAR_15             VARCHAR2(60),
    UDF_CHAR_16             VARCHAR2(60),
    UDF_CHAR_17             VARCHAR2(60),
    UDF_CHAR_18             VARCHAR2(60),
    UDF_CHAR_19             VARCHAR2(60),
    UDF_CHAR_20             VARCHAR2(60),
    UDF_CHAR_21             VARCHAR2(60),
    UDF_CHAR_22             VARCHAR2(60),
    UDF_CHAR_23             VARCHAR2(60),
    UDF_CHAR_24             VARCHAR2(60),
    UDF_CHAR_25             VARCHAR2(60),
    UDF_CHAR_26             VARCHAR2(60),
    UDF_CHAR_27             VARCHAR2(60),
    UDF_CHAR_28             VARCHAR2(60),
    UDF_CHAR_29             VARCHAR2(60),
    UDF_CHAR_30             VARCHAR2(60),
    UDF_CHAR_31             VARCHAR2(60),
    UDF_CHAR_32             VARCHAR2(60),
    UDF_CHAR_33             VARCHAR2(60),
    UDF_CHAR_34             VARCHAR2(60),
    UDF_CHAR_35             VARCHAR2(60),
    UDF_CHAR_36             VARCHAR2(60),
    UDF_CHAR_37             VARCHAR2(60),
    UDF_CHAR_38             VARCHAR2(60),
    UDF_CHAR_39             VARCHAR2(60),
    UDF_CHAR_40             VARCHAR2(60),
    UDF_CHAR_41             VARCHAR2(60),
    UDF_CHAR_42             VARCHAR2(60),
    UDF_CHAR_43             VARCHAR2(60),
    UDF_CHAR_44             VARCHAR2(60),
    UDF_CHAR_45             VARCHAR2(60),
    UDF_CHAR_46             VARCHAR2(60),
    UDF_CHAR_47             VARCHAR2(60),
    UDF_CHAR_48             VARCHAR2(60),
    UDF_CHAR_49             VARCHAR2(60),
    UDF_CHAR_50             VARCHAR2(60),
    UDF_NBR_1               NUMBER(18,6),
    UDF_NBR_2               NUMBER(18,6),
    UDF_NBR_3               NUMBER(18,6),
    UDF_NBR_4               NUMBER(18,6),
    UDF_NBR_5               NUMBER(18,6),
    UDF_NBR_6               NUMBER(18,6),
    UDF_NBR_7               NUMBER(18,6),
    UDF_NBR_8               NUMBER(18,6),
    UDF_NBR_9               NUMBER(18,6),
    UDF_NBR_10              NUMBER(18,6),
    UDF_NBR_11              NUMBER(18,6),
    UDF_NBR_12              NUMBER(18,6),
    UDF_NBR_13              NUMBER(18,6),
    UDF_NBR_14              NUMBER(18,6),
    UDF_NBR_15              NUMBER(18,6),
    UDF_NBR_16              NUMBER(18,6),
    UDF_NBR_17              NUMBER(18,6),
    UDF_NBR_18              NUMBER(18,6),
    UDF_NBR_19              NUMBER(18,6),
    UDF_NBR_20              NUMBER(18,6),
    UDF_AMT_1               NUMBER(15,2),
    UDF_AMT_2               NUMBER(15,2),
    UDF_AMT_3               NUMBER(15,2),
    UDF_AMT_4               NUMBER(15,2),
    UDF_AMT_5               NUMBER(15,2),
    UDF_AMT_6               NUMBER(15,2),
    UDF_AMT_7               NUMBER(15,2),
    UDF_AMT_8               NUMBER(15,2),
    UDF_AMT_9               NUMBER(15,2),
    UDF_AMT_10              NUMBER(15,2),
    UDF_DTTM_1              DATE,
    UDF_DTTM_2              DATE,
    UDF_DTTM_3              DATE,
    UDF_DTTM_4              DATE,
    UDF_DTTM_5              DATE,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_TXN_DETAIL_PK PRIMARY KEY (TXN_DETAIL_ID)
);

ALTER TABLE CI_TXN_DETAIL ADD CONSTRAINT CI_TXN_DETAIL_FK1 FOREIGN KEY (TXN_HEADER_ID) REFERENCES CI_TXN_HEADER (TXN_HEADER_ID);
ALTER TABLE CI_TXN_DETAIL ADD CONSTRAINT CI_TXN_DETAIL_FK2 FOREIGN KEY (BUS_OBJ_CD) REFERENCES F1_BUS_OBJ (BUS_OBJ_CD);

COMMENT ON TABLE CI_TXN_DETAIL IS 'Transaction detail (TFM): one validated usage transaction of a customer, processed through BO statuses until it is rated and billed.';
COMMENT ON COLUMN CI_TXN_DETAIL.TXN_DETAIL_ID IS 'Transaction identifier.';
COMMENT ON COLUMN CI_TXN_DETAIL.TXN_HEADER_ID IS 'File (transaction header) the transaction came in.';
COMMENT ON COLUMN CI_TXN_DETAIL.TXN_SOURCE_CD IS 'Source system of the transaction.';
COMMENT ON COLUMN CI_TXN_DETAIL.TXN_REC_TYPE_CD IS 'Record type (e.g. card purchase, ATM withdrawal, wire).';
COMMENT ON COLUMN CI_TXN_DETAIL.TXN_DTTM IS 'When the transaction happened.';
COMMENT ON COLUMN CI_TXN_DETAIL.EXT_TXN_NBR IS 'Transaction number in the source system.';
COMMENT ON COLUMN CI_TXN_DETAIL.CUST_REF_NBR IS 'Customer reference sent with the transaction.';
COMMENT ON COLUMN CI_TXN_DETAIL.ACCT_NBR_TYPE_CD IS 'Type of the account number used to find the account.';
COMMENT ON COLUMN CI_TXN_DETAIL.ACCT_NBR IS 'Account number as sent by the feed (matched against CI_ACCT_NBR).';
COMMENT ON COLUMN CI_TXN_DETAIL.TXN_VOL IS 'Transaction volume (count or units).';
COMMENT ON COLUMN CI_TXN_DETAIL.TXN_AMT IS 'Transaction amount.';
COMMENT ON COLUMN CI_TXN_DETAIL.BUS_OBJ_CD IS 'Business object that drives the transaction lifecycle.';
COMMENT ON COLUMN CI_TXN_DETAIL.BO_STATUS_CD IS 'Current BO status: UPLD uploaded, VALD validated, ERROR, CMPL completed, CANC cancelled.';
COMMENT ON COLUMN CI_TXN_DETAIL.STATUS_UPD_DTTM IS 'When the status last changed.';
COMMENT ON COLUMN CI_TXN_DETAIL.CURR_SYS_PRCS_DT IS 'Processing (business) date of the current step.';
COMMENT ON COLUMN CI_TXN_DETAIL.MESSAGE_CAT_NBR IS 'Message category of the last error.';
COMMENT ON COLUMN CI_TXN_DETAIL.MESSAGE_NBR IS 'Message number of the last error.';
COMMENT ON COLUMN CI_TXN_DETAIL.ACCT_ID IS 'Account the transaction was matched to.';
COMMENT ON COLUMN CI_TXN_DETAIL.UDF_CHAR_1 IS 'User-defined character field 1 (e.g. merchant id) - meaning set per implementation.';
COMMENT ON COLUMN CI_TXN_DETAIL.UDF_NBR_1 IS 'User-defined number field 1.';
COMMENT ON COLUMN CI_TXN_DETAIL.UDF_AMT_1 IS 'User-defined amount field 1.';

CREATE TABLE CI_TXN_DTL_PRITM (
    TXN_DETAIL_ID       NUMBER(14)      NOT NULL,
    PRICEITEM_CD        CHAR(30)        NOT NULL,
    PRICE_ASGN_ID       CHAR(14),
    TXN_CALC_ID         NUMBER(14),
    BILLABLE_CHG_ID     CHAR(12),
    SA_ID               CHAR(10),
    ACCT_ID             CHAR(10),
    PER_ID              CHAR(10),
    TXN_VOL             NUMBER(18,6),
    TXN_AMT             NUMBER(15,2),
    PRICE_CURRENCY_CD   CHAR(3),
    AGG_SW              CHAR(1)         DEFAULT 'Y' NOT NULL,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_TXN_DTL_PRITM_PK PRIMARY KEY (TXN_DETAIL_ID, PRICEITEM_CD),
    CONSTRAINT CI_TXN_DTL_PRITM_FK1 FOREIGN KEY (TXN_DETAIL_ID) REFERENCES CI_TXN_DETAIL (TXN_DETAIL_ID),
    CONSTRAINT CI_TXN_DTL_PRITM_FK2 FOREIGN KEY (BILLABLE_CHG_ID) REFERENCES CI_BILL_CHG (BILLABLE_CHG_ID)
);

COMMENT ON TABLE CI_TXN_DTL_PRITM IS 'Transaction price item: which price items (products) a transaction is charged for, and the billable charge it ended up in.';
COMMENT ON COLUMN CI_TXN_DTL_PRITM.TXN_DETAIL_ID IS 'Transaction.';
COMMENT ON COLUMN CI_TXN_DTL_PRITM.PRICEITEM_CD IS 'Price item derived for the transaction.';
COMMENT ON COLUMN CI_TXN_DTL_PRITM.PRICE_ASGN_ID IS 'Price assignment used to rate the transaction.';
COMMENT ON COLUMN CI_TXN_DTL_PRITM.TXN_CALC_ID IS 'Rating result of the transaction.';
COMMENT ON COLUMN CI_TXN_DTL_PRITM.BILLABLE_CHG_ID IS 'Billable charge the transaction was aggregated into.';
COMMENT ON COLUMN CI_TXN_DTL_PRITM.SA_ID IS 'Contract that bills the price item.';
COMMENT ON COLUMN CI_TXN_DTL_PRITM.AGG_SW IS 'Y when the transaction is aggregated with others before billing.';

CREATE TABLE CI_TXN_CALC (
    TXN_CALC_ID         NUMBER(14)      NOT NULL,
    TXN_DETAIL_ID       NUMBER(14)      NOT NULL,
    PRICEITEM_CD        CHAR(30),
    RS_CD               CHAR(8),
    CALC_AMT            NUMBER(15,2)    DEFAULT 0 NOT NULL,
    CURRENCY_CD         CHAR(3)         NOT NULL,
    BILLABLE_CHG_ID     CHAR(12),
    CALC_DTTM           TIMESTAMP,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_TXN_CALC_PK PRIMARY KEY (TXN_CALC_ID),
    CONSTRAINT CI_TXN_CALC_FK1 FOREIGN KEY (TXN_DETAIL_ID) REFERENCES CI_TXN_DETAIL (TXN_DETAIL_ID)
);

COMMENT ON TABLE CI_TXN_CALC IS 'Transaction calculation: the rated amount of one transaction for one price item (transaction-level pricing).';
COMMENT ON COLUMN CI_TXN_CALC.TXN_CALC_ID IS 'Calculation identifier.';
COMMENT ON COLUMN CI_TXN_CALC.TXN_DETAIL_ID IS 'Transaction that was rated.';
COMMENT ON COLUMN CI_TXN_CALC.CALC_AMT IS 'Rated amount.';
COMMENT ON COLUMN CI_TXN_CALC.BILLABLE_CHG_ID IS 'Billable charge created from the calculation.';

CREATE TABLE CI_TXN_CALC_LN (
    TXN_CALC_ID         NUMBER(14)      NOT NULL,
    SEQNO               NUMBER(5)       NOT NULL,
    PRICECOMP_ID        CHAR(12),
    CALC_AMT            NUMBER(15,2)    DEFAULT 0 NOT NULL,
    BILL_SQ             NUMBER(18,6),
    DST_ID              CHAR(10),
    DESCR_ON_BILL       VARCHAR2(254),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_TXN_CALC_LN_PK PRIMARY KEY (TXN_CALC_ID, SEQNO),
    CONSTRAINT CI_TXN_CALC_LN_FK1 FOREIGN KEY (TXN_CALC_ID) REFERENCES CI_TXN_CALC (TXN_CALC_ID)
);

COMMENT ON TABLE CI_TXN_CALC_LN IS 'Transaction calculation line: one priced line of a transaction rating (per price component).';
COMMENT ON COLUMN CI_TXN_CALC_LN.TXN_CALC_ID IS 'Calculation the line belongs to.';
COMMENT ON COLUMN CI_TXN_CALC_LN.SEQNO IS 'Line number.';
COMMENT ON COLUMN CI_TXN_CALC_LN.PRICECOMP_ID IS 'Price component applied.';
COMMENT ON COLUMN CI_TXN_CALC_LN.CALC_AMT IS 'Amount of the line.';
COMMENT ON COLUMN CI_TXN_CALC_LN.DST_ID IS 'GL distribution code of the line.';

CREATE TABLE CI_TXN_SQ (
    TXN_DETAIL_ID       NUMBER(14)      NOT NULL,
    SQI_CD              CHAR(8)         NOT NULL,
    UOM_CD              CHAR(4)         DEFAULT ' ' NOT NULL,
    SVC_QTY             NUMBER(18,6)    DEFAULT 0 NOT NULL,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_TXN_SQ_PK PRIMARY KEY (TXN_DETAIL_ID, SQI_CD, UOM_CD),
    CONSTRAINT CI_TXN_SQ_FK1 FOREIGN KEY (TXN_DETAIL_ID) REFERENCES CI_TXN_DETAIL (TXN_DETAIL_ID)
);

COMMENT ON TABLE CI_TXN_SQ IS 'Transaction service quantity: the quantities derived from a transaction that pricing uses (count, volume, amount).';
COMMENT ON COLUMN CI_TXN_SQ.TXN_DETAIL_ID IS 'Transaction.';
COMMENT ON COLUMN CI_TXN_SQ.SQI_CD IS 'Service quantity identifier.';
COMMENT ON COLUMN CI_TXN_SQ.SVC_QTY IS 'Quantity.';

CREATE INDEX XT400S1 ON CI_TXN_DETAIL (BO_STATUS_CD, CURR_SYS_PRCS_DT);
CREATE INDEX XT400S2 ON CI_TXN_DETAIL (ACCT_NBR_TYPE_CD, ACCT_NBR);
CREATE INDEX XT400S3 ON CI_TXN_DETAIL (TXN_HEADER_ID);
CREATE INDEX XT402S1 ON CI_TXN_DTL_PRITM (BILLABLE_CHG_ID);
CREATE INDEX XT401S1 ON CI_TXN_DETAIL_STG (TXN_HEADER_ID, STG_STATUS_FLG);
