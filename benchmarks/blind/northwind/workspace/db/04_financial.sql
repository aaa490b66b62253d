-- ============================================================================
-- Northwind Energy ORMB - financial transactions and adjustments
-- ============================================================================

CREATE TABLE CI_FT (
    FT_ID               CHAR(12)        NOT NULL,
    SIBLING_ID          CHAR(12)        NOT NULL,
    PARENT_ID           CHAR(12),
    SA_ID               CHAR(10)        NOT NULL,
    FT_TYPE_FLG         CHAR(2)         NOT NULL,
    CUR_AMT             NUMBER(15,2)    DEFAULT 0 NOT NULL,
    TOT_AMT             NUMBER(15,2)    DEFAULT 0 NOT NULL,
    CURRENCY_CD         CHAR(3)         DEFAULT 'GBP' NOT NULL,
    BILL_ID             CHAR(12),
    ACCOUNTING_DT       DATE,
    FREEZE_SW           CHAR(1)         DEFAULT 'N' NOT NULL,
    FREEZE_DTTM         DATE,
    SHOW_ON_BILL_SW     CHAR(1)         DEFAULT 'N' NOT NULL,
    MATCH_EVT_ID        CHAR(12),
    CRE_DTTM            DATE,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_FT_PK PRIMARY KEY (FT_ID)
);
COMMENT ON TABLE CI_FT IS 'Financial transaction: BS/BX bill segment, PS/PX payment segment, AD/AX adjustment.';

CREATE TABLE CI_ADJ (
    ADJ_ID              CHAR(12)        NOT NULL,
    SA_ID               CHAR(10)        NOT NULL,
    ADJ_TYPE_CD         CHAR(8)         NOT NULL,
    ADJ_STATUS_FLG      CHAR(2)         NOT NULL,
    ADJ_AMT             NUMBER(15,2)    DEFAULT 0 NOT NULL,
    CURRENCY_CD         CHAR(3)         DEFAULT 'GBP' NOT NULL,
    CRE_DT              DATE,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_ADJ_PK PRIMARY KEY (ADJ_ID)
);
COMMENT ON TABLE CI_ADJ IS 'Adjustment on a contract (goodwill, fee, write off).';

CREATE TABLE CI_ADJ_CHAR (
    ADJ_ID              CHAR(12)        NOT NULL,
    CHAR_TYPE_CD        CHAR(8)         NOT NULL,
    SEQ_NUM             NUMBER(3)       NOT NULL,
    CHAR_VAL            CHAR(16)        DEFAULT ' ' NOT NULL,
    ADHOC_CHAR_VAL      VARCHAR2(254),
    CHAR_VAL_FK1        VARCHAR2(50),
    SRCH_CHAR_VAL       VARCHAR2(50),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_ADJ_CHAR_PK PRIMARY KEY (ADJ_ID, CHAR_TYPE_CD, SEQ_NUM)
);
COMMENT ON TABLE CI_ADJ_CHAR IS 'Adjustment characteristic.';
