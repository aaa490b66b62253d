-- ----------------------------------------------------------------------------
-- Customer modification (CM) tables owned by the implementation project.
-- Change ticket CM-1182 / CM-1240.  Run as CISADM.
-- ----------------------------------------------------------------------------

CREATE TABLE CISADM.CM_ADJ_INT_STG (
    CM_ADJ_INT_STG_ID   CHAR(14)        NOT NULL,
    CM_STG_STATUS_FLG   CHAR(4)         NOT NULL,      -- PEND / PRCS / ERR / CMPL
    BUS_OBJ_CD          CHAR(30)        NOT NULL,
    ADJ_TYPE_CD         CHAR(8)         NOT NULL,
    SA_ID               CHAR(10),
    EXT_ACCT_NBR        VARCHAR2(30),
    ADJ_AMT             NUMBER(15,2)    NOT NULL,
    CURRENCY_CD         CHAR(3)         NOT NULL,
    ADJ_ID              CHAR(12),
    EXT_REF_ID          VARCHAR2(60),
    MESSAGE_CAT_NBR     NUMBER(5),
    MESSAGE_NBR         NUMBER(5),
    BO_DATA_AREA        CLOB,
    CRE_DTTM            TIMESTAMP       DEFAULT SYSTIMESTAMP NOT NULL,
    STATUS_UPD_DTTM     TIMESTAMP,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CM_ADJ_INT_STG_PK PRIMARY KEY (CM_ADJ_INT_STG_ID),
    CONSTRAINT CM_ADJ_INT_STG_FK1 FOREIGN KEY (ADJ_TYPE_CD) REFERENCES CISADM.CI_ADJ_TYPE (ADJ_TYPE_CD),
    CONSTRAINT CM_ADJ_INT_STG_FK2 FOREIGN KEY (SA_ID) REFERENCES CISADM.CI_SA (SA_ID)
) TABLESPACE CM_DATA;

COMMENT ON TABLE CISADM.CM_ADJ_INT_STG IS 'Adjustment interface staging (custom): adjustment requests received from an external system, waiting to be created as adjustments.';
COMMENT ON COLUMN CISADM.CM_ADJ_INT_STG.CM_ADJ_INT_STG_ID IS 'Staging record identifier.';
COMMENT ON COLUMN CISADM.CM_ADJ_INT_STG.CM_STG_STATUS_FLG IS 'Processing status: PEND pending, PRCS processed, ERR error, CMPL complete.';
COMMENT ON COLUMN CISADM.CM_ADJ_INT_STG.BUS_OBJ_CD IS 'Business object of the staging record (CM-AdjIntStg).';
COMMENT ON COLUMN CISADM.CM_ADJ_INT_STG.ADJ_TYPE_CD IS 'Adjustment type to create.';
COMMENT ON COLUMN CISADM.CM_ADJ_INT_STG.SA_ID IS 'Contract to adjust, once resolved.';
COMMENT ON COLUMN CISADM.CM_ADJ_INT_STG.EXT_ACCT_NBR IS 'Account number as sent by the external system.';
COMMENT ON COLUMN CISADM.CM_ADJ_INT_STG.ADJ_AMT IS 'Amount of the requested adjustment.';
COMMENT ON COLUMN CISADM.CM_ADJ_INT_STG.ADJ_ID IS 'Adjustment created from the request.';
COMMENT ON COLUMN CISADM.CM_ADJ_INT_STG.EXT_REF_ID IS 'Reference of the request in the external system.';
COMMENT ON COLUMN CISADM.CM_ADJ_INT_STG.BO_DATA_AREA IS 'XML of the remaining BO elements.';

CREATE TABLE CISADM.CM_CAL_PERIOD_EXT (
    CALENDAR_ID         CHAR(12)        NOT NULL,
    FISCAL_YEAR         CHAR(4)         NOT NULL,
    ACCOUNTING_PERIOD   CHAR(3)         NOT NULL,
    CM_PERIOD_STATUS_FLG CHAR(4)        DEFAULT 'OPEN' NOT NULL,
    CM_CLOSE_DTTM       TIMESTAMP,
    CM_CLOSED_BY        CHAR(8),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CM_CAL_PERIOD_EXT_PK PRIMARY KEY (CALENDAR_ID, FISCAL_YEAR, ACCOUNTING_PERIOD),
    CONSTRAINT CM_CAL_PERIOD_EXT_FK1 FOREIGN KEY (CALENDAR_ID, FISCAL_YEAR, ACCOUNTING_PERIOD)
        REFERENCES CISADM.CI_CAL_PERIOD (CALENDAR_ID, FISCAL_YEAR, ACCOUNTING_PERIOD)
) TABLESPACE CM_DATA;

COMMENT ON TABLE CISADM.CM_CAL_PERIOD_EXT IS 'Accounting period extension (custom): month-end close status of each accounting period, checked before booking to the general ledger.';
COMMENT ON COLUMN CISADM.CM_CAL_PERIOD_EXT.CM_PERIOD_STATUS_FLG IS 'Close status: OPEN, SOFT soft-closed, CLSD closed.';
COMMENT ON COLUMN CISADM.CM_CAL_PERIOD_EXT.CM_CLOSE_DTTM IS 'When the period was closed.';
COMMENT ON COLUMN CISADM.CM_CAL_PERIOD_EXT.CM_CLOSED_BY IS 'User who closed the period.';

CREATE TABLE CISADM.CM_CUST_INT_STG (
    CM_CUST_INT_STG_ID  CHAR(14)        NOT NULL,
    CM_STG_STATUS_FLG   CHAR(4)         NOT NULL,
    BUS_OBJ_CD          CHAR(30)        NOT NULL,
    EXT_CUST_ID         VARCHAR2(36)    NOT NULL,
    PER_ID              CHAR(10),
    ACCT_ID             CHAR(10),
    ENTITY_NAME         VARCHAR2(254),
    CUST_CL_CD          CHAR(8),
    CIS_DIVISION        CHAR(5),
    EMAILID             VARCHAR2(254),
    BO_DATA_AREA        CLOB,
    CRE_DTTM            TIMESTAMP       DEFAULT SYSTIMESTAMP NOT NULL,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CM_CUST_INT_STG_PK PRIMARY KEY (CM_CUST_INT_STG_ID)
) TABLESPACE CM_DATA;

ALTER TABLE CISADM.CM_CUST_INT_STG ADD CONSTRAINT CM_CUST_INT_STG_FK1 FOREIGN KEY (PER_ID) REFERENCES CISADM.CI_PER (PER_ID);
ALTER TABLE CISADM.CM_CUST_INT_STG ADD CONSTRAINT CM_CUST_INT_STG_FK2 FOREIGN KEY (ACCT_ID) REFERENCES CISADM.CI_ACCT (ACCT_ID);

COMMENT ON TABLE CISADM.CM_CUST_INT_STG IS 'Customer onboarding staging (custom): customers received from the CRM, waiting to be created as person, account and contracts.';
COMMENT ON COLUMN CISADM.CM_CUST_INT_STG.CM_CUST_INT_STG_ID IS 'Staging record identifier.';
COMMENT ON COLUMN CISADM.CM_CUST_INT_STG.CM_STG_STATUS_FLG IS 'Processing status: PEND, PRCS, ERR, CMPL.';
COMMENT ON COLUMN CISADM.CM_CUST_INT_STG.EXT_CUST_ID IS 'Customer id in the CRM.';
COMMENT ON COLUMN CISADM.CM_CUST_INT_STG.PER_ID IS 'Person created for the customer.';
COMMENT ON COLUMN CISADM.CM_CUST_INT_STG.ACCT_ID IS 'Account created for the customer.';
COMMENT ON COLUMN CISADM.CM_CUST_INT_STG.ENTITY_NAME IS 'Customer name.';

CREATE TABLE CISADM.CM_EXCH_RATE (
    FROM_CURRENCY_CD    CHAR(3)         NOT NULL,
    TO_CURRENCY_CD      CHAR(3)         NOT NULL,
    RATE_TYPE_CD        CHAR(8)         NOT NULL,      -- SPOT / MAVG (monthly average)
    EFFDT               DATE            NOT NULL,
    EXCH_RATE           NUMBER(18,8)    NOT NULL,
    SOURCE_FLG          CHAR(4)         DEFAULT 'TRSY' NOT NULL,
    CRE_DTTM            TIMESTAMP       DEFAULT SYSTIMESTAMP NOT NULL,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CM_EXCH_RATE_PK PRIMARY KEY (FROM_CURRENCY_CD, TO_CURRENCY_CD, RATE_TYPE_CD, EFFDT)
) TABLESPACE CM_DATA;

COMMENT ON TABLE CISADM.CM_EXCH_RATE IS 'Exchange rates (custom): daily foreign exchange rates loaded from the treasury system, used to convert amounts between currencies.';
COMMENT ON COLUMN CISADM.CM_EXCH_RATE.FROM_CURRENCY_CD IS 'Currency converted from.';
COMMENT ON COLUMN CISADM.CM_EXCH_RATE.TO_CURRENCY_CD IS 'Currency converted to.';
COMMENT ON COLUMN CISADM.CM_EXCH_RATE.RATE_TYPE_CD IS 'Rate type: SPOT daily rate, MAVG monthly average.';
COMMENT ON COLUMN CISADM.CM_EXCH_RATE.EFFDT IS 'Date from which the rate applies.';
COMMENT ON COLUMN CISADM.CM_EXCH_RATE.EXCH_RATE IS 'Units of the target currency per unit of the source currency.';
COMMENT ON COLUMN CISADM.CM_EXCH_RATE.SOURCE_FLG IS 'Where the rate came from: TRSY treasury feed, MANL manual entry.';

CREATE INDEX CM_ADJ_INT_STG_S1 ON CISADM.CM_ADJ_INT_STG (CM_STG_STATUS_FLG) TABLESPACE CM_INDX;
CREATE INDEX CM_CUST_INT_STG_S1 ON CISADM.CM_CUST_INT_STG (CM_STG_STATUS_FLG) TABLESPACE CM_INDX;
