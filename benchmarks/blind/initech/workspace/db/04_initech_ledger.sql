-- ============================================================================
-- Initech Financial Services - ORMB schema extract (CISADM), general ledger area
-- financial transactions, GL lines, distribution codes, accounting calendar
-- ============================================================================

CREATE TABLE CI_FT (
    FT_ID               CHAR(12)        NOT NULL,
    SIBLING_ID          CHAR(12)        NOT NULL,
    SA_ID               CHAR(10)        NOT NULL,
    PARENT_ID           CHAR(12),
    GL_DIVISION         CHAR(5),
    CIS_DIVISION        CHAR(5),
    CURRENCY_CD         CHAR(3)         NOT NULL,
    FT_TYPE_FLG         CHAR(2)         NOT NULL,
    CUR_AMT             NUMBER(15,2)    DEFAULT 0 NOT NULL,
    TOT_AMT             NUMBER(15,2)    DEFAULT 0 NOT NULL,
    CRE_DTTM            DATE            DEFAULT SYSDATE NOT NULL,
    FREEZE_SW           CHAR(1)         DEFAULT 'N' NOT NULL,
    FREEZE_USER_ID      CHAR(8),
    FREEZE_DTTM         DATE,
    CORRECTIONS_SW      CHAR(1)         DEFAULT 'N' NOT NULL,
    SHOW_ON_BILL_SW     CHAR(1)         DEFAULT 'N' NOT NULL,
    BILL_ID             CHAR(12),
    ACCOUNTING_DT       DATE,
    GL_DISTRIB_STATUS   CHAR(1)         DEFAULT 'P' NOT NULL,
    MATCH_EVT_ID        CHAR(12),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_FT_PK PRIMARY KEY (FT_ID),
    CONSTRAINT CI_FT_FK1 FOREIGN KEY (SA_ID) REFERENCES CI_SA (SA_ID)
);
COMMENT ON TABLE CI_FT IS 'Financial transaction: ledger effect of an invoice segment (BS/BX), payment segment (PS/PX) or adjustment (AD/AX) on a contract receivable.';
COMMENT ON COLUMN CI_FT.CUR_AMT IS 'Effect on the current (receivable) balance; debit positive.';
COMMENT ON COLUMN CI_FT.FREEZE_SW IS 'Y once the FT is frozen (posted).';
COMMENT ON COLUMN CI_FT.ACCOUNTING_DT IS 'Accounting date - picks the ledger period.';

CREATE TABLE CI_FT_GL (
    FT_ID               CHAR(12)        NOT NULL,
    GL_SEQ_NBR          NUMBER(5)       NOT NULL,
    DST_ID              CHAR(10)        NOT NULL,
    AMOUNT              NUMBER(15,2)    DEFAULT 0 NOT NULL,
    GL_ACCT             VARCHAR2(254)   NOT NULL,
    VALIDATED_SW        CHAR(1)         DEFAULT 'N' NOT NULL,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_FT_GL_PK PRIMARY KEY (FT_ID, GL_SEQ_NBR),
    CONSTRAINT CI_FT_GL_FK1 FOREIGN KEY (FT_ID) REFERENCES CI_FT (FT_ID)
);
COMMENT ON TABLE CI_FT_GL IS 'FT GL line: one debit/credit line of an FT with its constructed GL account string.';

CREATE TABLE CI_DST_CODE (
    DST_ID              CHAR(10)        NOT NULL,
    GL_ACCT             VARCHAR2(254)   NOT NULL,
    GL_ACCT_ALG_CD      CHAR(12),
    CIS_DIVISION        CHAR(5),
    DESCR               VARCHAR2(60),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_DST_CODE_PK PRIMARY KEY (DST_ID)
);
COMMENT ON TABLE CI_DST_CODE IS 'GL distribution code: GL account template (segments company-natural-costcentre-product, placeholders replaced by the construction algorithm).';

CREATE TABLE CI_CAL_PERIOD (
    CALENDAR_ID         CHAR(12)        NOT NULL,
    FISCAL_YEAR         CHAR(4)         NOT NULL,
    ACCOUNTING_PERIOD   CHAR(3)         NOT NULL,
    BEGIN_DT            DATE            NOT NULL,
    END_DT              DATE            NOT NULL,
    OPEN_FROM_DT        DATE,
    OPEN_TO_DT          DATE,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_CAL_PERIOD_PK PRIMARY KEY (CALENDAR_ID, FISCAL_YEAR, ACCOUNTING_PERIOD)
);
COMMENT ON TABLE CI_CAL_PERIOD IS 'Accounting calendar period: fiscal year / period of a date.';

CREATE INDEX XT055S1 ON CI_FT (SA_ID, FREEZE_SW);
CREATE INDEX XT055S3 ON CI_FT (BILL_ID);
