-- ============================================================================
-- Northwind Energy ORMB - Transaction Feed Management (TFM)
-- Half-hourly / daily consumption and meter events from the MDM arrive as
-- feed files (CI_TXN_HEADER) of transactions (CI_TXN_DETAIL), are mapped to
-- price items (CI_TXN_DTL_PRITM), rated (CI_TXN_CALC) and aggregated into
-- billable charges.
-- UDF usage at Northwind:  UDF_CHAR_1 = MPAN/MPRN, UDF_CHAR_2 = register,
-- UDF_CHAR_3 = read type (A actual, E estimate), UDF_CHAR_50 = billed bill id,
-- UDF_NBR_1 = kWh, UDF_NBR_2 = retry counter.
-- ============================================================================

CREATE TABLE CI_TXN_HEADER (
    TXN_HEADER_ID       NUMBER(14)      NOT NULL,
    TXN_SOURCE_CD       CHAR(30)        NOT NULL,
    TXN_FILE_NAME       VARCHAR2(254),
    TXN_HEADER_DTTM     TIMESTAMP       NOT NULL,
    TXN_HDR_STATUS_FLG  CHAR(4),
    TXN_CNT             NUMBER(10)      DEFAULT 0,
    TOT_TXN_AMT         NUMBER(15,2)    DEFAULT 0,
    CURRENCY_CD         CHAR(3),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_TXN_HEADER_PK PRIMARY KEY (TXN_HEADER_ID)
);
COMMENT ON TABLE CI_TXN_HEADER IS 'Transaction header: one uploaded feed file with its record count (TXN_CNT) and control total.';

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
    BUS_OBJ_CD          CHAR(30)        NOT NULL,
    BO_STATUS_CD        CHAR(12)        NOT NULL,
    STATUS_UPD_DTTM     TIMESTAMP,
    CURR_SYS_PRCS_DT    DATE,
    MESSAGE_CAT_NBR     NUMBER(5),
    MESSAGE_NBR         NUMBER(5),
    ACCT_ID             CHAR(10),
    SA_ID               CHAR(10),
    UDF_CHAR_1          VARCHAR2(60),
    UDF_CHAR_2          VARCHAR2(60),
    UDF_CHAR_3          VARCHAR2(60),
    UDF_CHAR_50         VARCHAR2(60),
    UDF_NBR_1           NUMBER(18,6),
    UDF_NBR_2           NUMBER(18,6),
    UDF_AMT_1           NUMBER(15,2),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_TXN_DETAIL_PK PRIMARY KEY (TXN_DETAIL_ID)
);
COMMENT ON TABLE CI_TXN_DETAIL IS 'Transaction detail (usage transaction) with its BO lifecycle status.';
COMMENT ON COLUMN CI_TXN_DETAIL.BO_STATUS_CD IS 'UPLD uploaded, VALD validated, ERROR in error, CMPL completed (rated and aggregated), CANC cancelled.';
COMMENT ON COLUMN CI_TXN_DETAIL.CURR_SYS_PRCS_DT IS 'Business date of the last processing step.';
COMMENT ON COLUMN CI_TXN_DETAIL.ACCT_ID IS 'Account the transaction was matched to.';
COMMENT ON COLUMN CI_TXN_DETAIL.SA_ID IS 'Contract the transaction is billed on.';

CREATE TABLE CI_TXN_DTL_PRITM (
    TXN_DETAIL_ID       NUMBER(14)      NOT NULL,
    PRICEITEM_CD        CHAR(30)        NOT NULL,
    PRICE_ASGN_ID       CHAR(14),
    TXN_CALC_ID         NUMBER(14),
    BILLABLE_CHG_ID     CHAR(12),
    SA_ID               CHAR(10),
    ACCT_ID             CHAR(10),
    TXN_VOL             NUMBER(18,6),
    TXN_AMT             NUMBER(15,2),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_TXN_DTL_PRITM_PK PRIMARY KEY (TXN_DETAIL_ID, PRICEITEM_CD)
);
COMMENT ON TABLE CI_TXN_DTL_PRITM IS 'Transaction price item: price item of a transaction and the billable charge it was aggregated into.';

CREATE TABLE CI_TXN_CALC (
    TXN_CALC_ID         NUMBER(14)      NOT NULL,
    TXN_DETAIL_ID       NUMBER(14)      NOT NULL,
    PRICEITEM_CD        CHAR(30),
    CALC_AMT            NUMBER(15,2)    DEFAULT 0 NOT NULL,
    CURRENCY_CD         CHAR(3)         DEFAULT 'GBP' NOT NULL,
    BILLABLE_CHG_ID     CHAR(12),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_TXN_CALC_PK PRIMARY KEY (TXN_CALC_ID)
);
COMMENT ON TABLE CI_TXN_CALC IS 'Transaction rating result.';

CREATE TABLE CI_TXN_SQ (
    TXN_DETAIL_ID       NUMBER(14)      NOT NULL,
    SQI_CD              CHAR(8)         NOT NULL,
    UOM_CD              CHAR(4)         DEFAULT ' ' NOT NULL,
    SVC_QTY             NUMBER(18,6)    DEFAULT 0 NOT NULL,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_TXN_SQ_PK PRIMARY KEY (TXN_DETAIL_ID, SQI_CD, UOM_CD)
);
COMMENT ON TABLE CI_TXN_SQ IS 'Transaction service quantity (kWh per time band).';
