-- =====================================================================
-- ORMB sample schema: customer information (persons, accounts, contracts,
-- premises, customer contacts).
-- Extracted from a development database, storage clauses removed.
-- =====================================================================

-- ---------------------------------------------------------------------
-- Person
-- ---------------------------------------------------------------------
CREATE TABLE CI_PER (
    PER_ID              CHAR(10)        NOT NULL,
    LANGUAGE_CD         CHAR(3)         NOT NULL,
    PER_OR_BUS_FLG      CHAR(1)         NOT NULL,
    LS_SL_FLG           CHAR(2)         NOT NULL,
    LS_SL_DESCR         VARCHAR2(80),
    EMAILID             VARCHAR2(254),
    OVRD_MAIL_NAME1     VARCHAR2(254),
    ADDRESS1            VARCHAR2(254),
    CITY                VARCHAR2(90),
    STATE               CHAR(6),
    POSTAL              VARCHAR2(12),
    COUNTRY             CHAR(3)         NOT NULL,
    CIS_DIVISION        CHAR(5),
    RECV_MKTG_INFO_FLG  CHAR(2),
    WEB_PASSWD          VARCHAR2(80),
    CRE_DTTM            DATE            DEFAULT SYSDATE NOT NULL,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_PER_PK PRIMARY KEY (PER_ID)
);

COMMENT ON TABLE CI_PER IS 'Person: an individual or a business (customer, account holder, payor, contact) known to the system.';
COMMENT ON COLUMN CI_PER.PER_ID IS 'System-generated person identifier.';
COMMENT ON COLUMN CI_PER.LANGUAGE_CD IS 'Language in which the person receives correspondence and bills.';
COMMENT ON COLUMN CI_PER.PER_OR_BUS_FLG IS 'Whether the person is an individual (P) or a business (B).';
COMMENT ON COLUMN CI_PER.LS_SL_FLG IS 'Life support / sensitive load indicator.';
COMMENT ON COLUMN CI_PER.EMAILID IS 'E-mail address of the person.';
COMMENT ON COLUMN CI_PER.OVRD_MAIL_NAME1 IS 'Override mailing name printed on correspondence.';
COMMENT ON COLUMN CI_PER.ADDRESS1 IS 'First line of the person''s mailing address.';
COMMENT ON COLUMN CI_PER.COUNTRY IS 'Country of the mailing address.';
COMMENT ON COLUMN CI_PER.CIS_DIVISION IS 'Division (jurisdiction) the person belongs to.';
COMMENT ON COLUMN CI_PER.CRE_DTTM IS 'Date and time the person was created.';
COMMENT ON COLUMN CI_PER.VERSION IS 'Optimistic locking version number.';

CREATE TABLE CI_PER_NAME (
    PER_ID              CHAR(10)        NOT NULL,
    SEQ_NUM             NUMBER(3)       NOT NULL,
    ENTITY_NAME         VARCHAR2(254)   NOT NULL,
    NAME_TYPE_FLG       CHAR(4)         NOT NULL,
    PRIM_NAME_SW        CHAR(1)         DEFAULT 'N' NOT NULL,
    ENTITY_NAME_UPR     VARCHAR2(254),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_PER_NAME_PK PRIMARY KEY (PER_ID, SEQ_NUM),
    CONSTRAINT CI_PER_NAME_FK1 FOREIGN KEY (PER_ID) REFERENCES CI_PER (PER_ID)
);

COMMENT ON TABLE CI_PER_NAME IS 'Person name: the names of a person (primary name, alias, doing-business-as, legal name).';
COMMENT ON COLUMN CI_PER_NAME.PER_ID IS 'Person the name belongs to.';
COMMENT ON COLUMN CI_PER_NAME.SEQ_NUM IS 'Sequence of the name within the person.';
COMMENT ON COLUMN CI_PER_NAME.ENTITY_NAME IS 'The name as displayed, e.g. "Smith,John".';
COMMENT ON COLUMN CI_PER_NAME.NAME_TYPE_FLG IS 'Type of name: PRIM primary, ALT alias, DBA doing business as, LEGL legal.';
COMMENT ON COLUMN CI_PER_NAME.PRIM_NAME_SW IS 'Y when this is the person''s primary name.';
COMMENT ON COLUMN CI_PER_NAME.ENTITY_NAME_UPR IS 'Upper-case copy of the name used for searching.';

CREATE TABLE CI_PER_ID (
    PER_ID              CHAR(10)        NOT NULL,
    ID_TYPE_CD          CHAR(8)         NOT NULL,
    PER_ID_NBR          VARCHAR2(50)    NOT NULL,
    PRIM_SW             CHAR(1)         DEFAULT 'N' NOT NULL,
    PER_ID_NBR_UPR      VARCHAR2(50),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_PER_ID_PK PRIMARY KEY (PER_ID, ID_TYPE_CD),
    CONSTRAINT CI_PER_ID_FK1 FOREIGN KEY (PER_ID) REFERENCES CI_PER (PER_ID)
);

COMMENT ON TABLE CI_PER_ID IS 'Person identifier: external identification numbers of a person (tax id, passport, company registration, CRM id).';
COMMENT ON COLUMN CI_PER_ID.PER_ID IS 'Person the identifier belongs to.';
COMMENT ON COLUMN CI_PER_ID.ID_TYPE_CD IS 'Identifier type, e.g. TAXID, PASSPORT, COREG.';
COMMENT ON COLUMN CI_PER_ID.PER_ID_NBR IS 'The identification number itself.';
COMMENT ON COLUMN CI_PER_ID.PRIM_SW IS 'Y for the person''s primary identifier.';

CREATE TABLE CI_PER_CHAR (
    PER_ID              CHAR(10)        NOT NULL,
    CHAR_TYPE_CD        CHAR(8)         NOT NULL,
    EFFDT               DATE            NOT NULL,
    CHAR_VAL            CHAR(16)        DEFAULT ' ' NOT NULL,
    ADHOC_CHAR_VAL      VARCHAR2(254),
    CHAR_VAL_FK1        VARCHAR2(50),
    CHAR_VAL_FK2        VARCHAR2(50),
    SRCH_CHAR_VAL       VARCHAR2(50),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_PER_CHAR_PK PRIMARY KEY (PER_ID, CHAR_TYPE_CD, EFFDT)
);

COMMENT ON TABLE CI_PER_CHAR IS 'Person characteristic: effective-dated extra attributes of a person (segment, VIP flag, credit rating).';
COMMENT ON COLUMN CI_PER_CHAR.PER_ID IS 'Person the characteristic describes.';
COMMENT ON COLUMN CI_PER_CHAR.CHAR_TYPE_CD IS 'Characteristic type.';
COMMENT ON COLUMN CI_PER_CHAR.EFFDT IS 'Date from which the value applies.';
COMMENT ON COLUMN CI_PER_CHAR.CHAR_VAL IS 'Predefined characteristic value.';
COMMENT ON COLUMN CI_PER_CHAR.ADHOC_CHAR_VAL IS 'Free-text (ad hoc) characteristic value.';
COMMENT ON COLUMN CI_PER_CHAR.CHAR_VAL_FK1 IS 'First key of a foreign-key characteristic value.';
COMMENT ON COLUMN CI_PER_CHAR.SRCH_CHAR_VAL IS 'Search copy of the value, whichever kind it is.';

-- ---------------------------------------------------------------------
-- Account
-- ---------------------------------------------------------------------
CREATE TABLE CI_ACCT (
    ACCT_ID             CHAR(10)        NOT NULL PRIMARY KEY,
    BILL_CYC_CD         CHAR(4),
    SETUP_DT            DATE            NOT NULL,
    CURRENCY_CD         CHAR(3)         NOT NULL,
    ACCT_MGMT_GRP_CD    CHAR(8),
    ALERT_INFO          VARCHAR2(254),
    BILL_AFTER_DT       DATE,
    PROTECT_CYC_SW      CHAR(1)         DEFAULT 'N' NOT NULL,
    CIS_DIVISION        CHAR(5)         NOT NULL,
    MAILING_PREM_ID     CHAR(10),
    PROTECT_PREM_SW     CHAR(1)         DEFAULT 'N' NOT NULL,
    COLL_CL_CD          CHAR(8),
    CR_REVIEW_DT        DATE,
    POSTPONE_CR_RVW_DT  DATE,
    INT_CR_REVIEW_SW    CHAR(1)         DEFAULT 'N' NOT NULL,
    CUST_CL_CD          CHAR(8)         NOT NULL,
    BILL_PRT_INTERCEPT  CHAR(8),
    NO_DEP_RVW_SW       CHAR(1)         DEFAULT 'N' NOT NULL,
    BUD_PLAN            CHAR(8),
    PROTECT_DIV_SW      CHAR(1)         DEFAULT 'N' NOT NULL,
    ACCESS_GRP_CD       CHAR(12),
    ACCT_STATUS_FLG     CHAR(2)         DEFAULT '10' NOT NULL,
    CRE_DTTM            DATE            DEFAULT SYSDATE NOT NULL,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL
);

COMMENT ON TABLE CI_ACCT IS 'Account: the billing and payment entity of a customer - bills, payments and contracts hang off it.';
COMMENT ON COLUMN CI_ACCT.ACCT_ID IS 'System-generated account identifier.';
COMMENT ON COLUMN CI_ACCT.BILL_CYC_CD IS 'Bill cycle that decides when the account is billed.';
COMMENT ON COLUMN CI_ACCT.SETUP_DT IS 'Date the account was set up.';
COMMENT ON COLUMN CI_ACCT.CURRENCY_CD IS 'Currency in which the account is billed.';
COMMENT ON COLUMN CI_ACCT.BILL_AFTER_DT IS 'The account is not billed before this date.';
COMMENT ON COLUMN CI_ACCT.CIS_DIVISION IS 'Division (jurisdiction / legal entity) of the account.';
COMMENT ON COLUMN CI_ACCT.MAILING_PREM_ID IS 'Premise used as mailing address for bills.';
COMMENT ON COLUMN CI_ACCT.COLL_CL_CD IS 'Collection class used by credit and collections.';
COMMENT ON COLUMN CI_ACCT.CUST_CL_CD IS 'Customer class: drives bill completion, payment freeze and late payment charge algorithms.';
COMMENT ON COLUMN CI_ACCT.ACCESS_GRP_CD IS 'Access group controlling which users may see the account.';
COMMENT ON COLUMN CI_ACCT.ACCT_STATUS_FLG IS 'Account status: 10 active, 20 inactive.';
COMMENT ON COLUMN CI_ACCT.CRE_DTTM IS 'Date and time the account was created.';

CREATE TABLE CI_ACCT_PER (
    ACCT_ID             CHAR(10)        NOT NULL REFERENCES CI_ACCT (ACCT_ID),
    PER_ID              CHAR(10)        NOT NULL REFERENCES CI_PER (PER_ID),
    ACCT_REL_TYPE_CD    CHAR(8)         NOT NULL,
    BILL_ADDR_SRCE_FLG  CHAR(4)         NOT NULL,
    MAIN_CUST_SW        CHAR(1)         DEFAULT 'N' NOT NULL,
    FIN_RESP_SW         CHAR(1)         DEFAULT 'N' NOT NULL,
    THRD_PTY_SW         CHAR(1)         DEFAULT 'N' NOT NULL,
    RECEIVE_COPY_SW     CHAR(1)         DEFAULT 'N' NOT NULL,
    NOTIFY_SW           CHAR(1)         DEFAULT 'N' NOT NULL,
    BILL_RTE_TYPE_CD    CHAR(8),
    NBR_BILL_COPIES     NUMBER(3)       DEFAULT 1,
    CUST_PO_ID          VARCHAR2(20),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_ACCT_PER_PK PRIMARY KEY (ACCT_ID, PER_ID)
);

COMMENT ON TABLE CI_ACCT_PER IS 'Account person: links persons to an account (main customer, financially responsible party, bill copy recipients).';
COMMENT ON COLUMN CI_ACCT_PER.ACCT_ID IS 'Account.';
COMMENT ON COLUMN CI_ACCT_PER.PER_ID IS 'Person linked to the account.';
COMMENT ON COLUMN CI_ACCT_PER.ACCT_REL_TYPE_CD IS 'Relationship of the person to the account (owner, spouse, payer).';
COMMENT ON COLUMN CI_ACCT_PER.BILL_ADDR_SRCE_FLG IS 'Where the bill address comes from: PER person, PREM premise, ACOV account override.';
COMMENT ON COLUMN CI_ACCT_PER.MAIN_CUST_SW IS 'Y for the main customer (account holder) of the account - exactly one per account.';
COMMENT ON COLUMN CI_ACCT_PER.FIN_RESP_SW IS 'Y when the person is financially responsible for the account''s debt.';
COMMENT ON COLUMN CI_ACCT_PER.NOTIFY_SW IS 'Y when the person receives notifications.';
COMMENT ON COLUMN CI_ACCT_PER.BILL_RTE_TYPE_CD IS 'Bill route type: how this person receives the bill (post, e-mail, EDI).';
COMMENT ON COLUMN CI_ACCT_PER.NBR_BILL_COPIES IS 'Number of bill copies sent to this person.';

CREATE TABLE CI_ACCT_NBR (
    ACCT_ID             CHAR(10)        NOT NULL,
    ACCT_NBR_TYPE_CD    CHAR(8)         NOT NULL,
    ACCT_NBR            VARCHAR2(30)    NOT NULL,
    PRIM_SW             CHAR(1)         DEFAULT 'N' NOT NULL,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_ACCT_NBR_PK PRIMARY KEY (ACCT_ID, ACCT_NBR_TYPE_CD)
);

COMMENT ON TABLE CI_ACCT_NBR IS 'Account identifier: external account numbers (legacy number, CRM number, feed account reference) used to find an account.';
COMMENT ON COLUMN CI_ACCT_NBR.ACCT_ID IS 'Account the number identifies.';
COMMENT ON COLUMN CI_ACCT_NBR.ACCT_NBR_TYPE_CD IS 'Type of account number, e.g. C1_F_ANO (feed account number), LEGACY.';
COMMENT ON COLUMN CI_ACCT_NBR.ACCT_NBR IS 'The external account number.';
COMMENT ON COLUMN CI_ACCT_NBR.PRIM_SW IS 'Y for the primary account number.';

CREATE TABLE CI_ACCT_CHAR (
    ACCT_ID             CHAR(10)        NOT NULL,
    CHAR_TYPE_CD        CHAR(8)         NOT NULL,
    EFFDT               DATE            NOT NULL,
    CHAR_VAL            CHAR(16)        DEFAULT ' ' NOT NULL,
    ADHOC_CHAR_VAL      VARCHAR2(254),
    CHAR_VAL_FK1        VARCHAR2(50),
    SRCH_CHAR_VAL       VARCHAR2(50),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_ACCT_CHAR_PK PRIMARY KEY (ACCT_ID, CHAR_TYPE_CD, EFFDT),
    CONSTRAINT CI_ACCT_CHAR_FK1 FOREIGN KEY (ACCT_ID) REFERENCES CI_ACCT (ACCT_ID)
);

COMMENT ON TABLE CI_ACCT_CHAR IS 'Account characteristic: effective-dated extra attributes of an account (invoice language, bill hold reason, tax exemption).';
COMMENT ON COLUMN CI_ACCT_CHAR.ACCT_ID IS 'Account the characteristic describes.';
COMMENT ON COLUMN CI_ACCT_CHAR.CHAR_TYPE_CD IS 'Characteristic type.';
COMMENT ON COLUMN CI_ACCT_CHAR.EFFDT IS 'Date from which the value applies.';
COMMENT ON COLUMN CI_ACCT_CHAR.CHAR_VAL IS 'Predefined characteristic value.';
COMMENT ON COLUMN CI_ACCT_CHAR.ADHOC_CHAR_VAL IS 'Free-text (ad hoc) characteristic value.';

-- ---------------------------------------------------------------------
-- Contract (service agreement) and premise
-- ---------------------------------------------------------------------
CREATE TABLE CI_PREM (
    PREM_ID             CHAR(10)        NOT NULL,
    PREM_TYPE_CD        CHAR(8)         NOT NULL,
    CIS_DIVISION        CHAR(5)         NOT NULL,
    LS_SL_FLG           CHAR(2),
    ADDRESS1            VARCHAR2(254)   NOT NULL,
    ADDRESS2            VARCHAR2(254),
    CITY                VARCHAR2(90),
    COUNTY              VARCHAR2(90),
    STATE               CHAR(6),
    POSTAL              VARCHAR2(12),
    COUNTRY             CHAR(3)         NOT NULL,
    TIME_ZONE_CD        CHAR(10),
    PRNT_PREM_ID        CHAR(10),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_PREM_PK PRIMARY KEY (PREM_ID)
);

COMMENT ON TABLE CI_PREM IS 'Premise: a physical location or address where service is delivered or to which bills are mailed.';
COMMENT ON COLUMN CI_PREM.PREM_ID IS 'System-generated premise identifier.';
COMMENT ON COLUMN CI_PREM.PREM_TYPE_CD IS 'Premise type (office, branch, residence).';
COMMENT ON COLUMN CI_PREM.ADDRESS1 IS 'Street address.';
COMMENT ON COLUMN CI_PREM.CITY IS 'City.';
COMMENT ON COLUMN CI_PREM.STATE IS 'State or province.';
COMMENT ON COLUMN CI_PREM.POSTAL IS 'Postal code.';
COMMENT ON COLUMN CI_PREM.COUNTRY IS 'Country.';
COMMENT ON COLUMN CI_PREM.PRNT_PREM_ID IS 'Parent premise (e.g. the building of an office).';

CREATE TABLE CI_SA (
    SA_ID               CHAR(10)        NOT NULL,
    PROP_DCL_RSN_CD     CHAR(8),
    PROP_SA_ID          CHAR(10),
    CIS_DIVISION        CHAR(5)         NOT NULL,
    SA_TYPE_CD          CHAR(8)         NOT NULL,
    START_OPT_CD        CHAR(12),
    START_DT            DATE,
    SA_STATUS_FLG       CHAR(2)         NOT NULL,
    ACCT_ID             CHAR(10)        NOT NULL,
    END_DT              DATE,
    OLD_ACCT_ID         VARCHAR2(36),
    CUST_READ_FLG       CHAR(2),
    ALLOW_EST_SW        CHAR(1)         DEFAULT 'N' NOT NULL,
    SIC_CD              CHAR(8),
    CHAR_PREM_ID        CHAR(10),
    TOT_TO_BILL_AMT     NUMBER(15,2)    DEFAULT 0,
    CURRENCY_CD         CHAR(3)         NOT NULL,
    ENRL_ID             CHAR(10),
    SA_REL_ID           CHAR(10),
    SPECIAL_USAGE_FLG   CHAR(2),
    PROP_SA_STAT_FLG    CHAR(2),
    NBR_PYMNT_PERIODS   NUMBER(3)       DEFAULT 0,
    NB_RULE_CD          CHAR(10),
    EXPIRE_DT           DATE,
    RENEWAL_DT          DATE,
    NB_APAY_FLG         CHAR(2),
    CRE_DTTM            DATE            DEFAULT SYSDATE NOT NULL,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_SA_PK PRIMARY KEY (SA_ID),
    CONSTRAINT CI_SA_FK1 FOREIGN KEY (ACCT_ID) REFERENCES CI_ACCT (ACCT_ID)
);

COMMENT ON TABLE CI_SA IS 'Contract (service agreement, SA): one priced service of an account - bill segments, adjustments and financial transactions belong to it.';
COMMENT ON COLUMN CI_SA.SA_ID IS 'System-generated contract (service agreement) identifier.';
COMMENT ON COLUMN CI_SA.CIS_DIVISION IS 'Division of the contract.';
COMMENT ON COLUMN CI_SA.SA_TYPE_CD IS 'Contract type (SA type): controls billing, payment freeze and activation algorithms.';
COMMENT ON COLUMN CI_SA.START_DT IS 'Date the contract starts.';
COMMENT ON COLUMN CI_SA.SA_STATUS_FLG IS 'Contract status: 05 pending start, 10 pending start, 20 active, 30 pending stop, 40 stopped, 50 reactivated, 60 closed, 70 cancelled.';
COMMENT ON COLUMN CI_SA.ACCT_ID IS 'Account that owns the contract.';
COMMENT ON COLUMN CI_SA.END_DT IS 'Date the contract stops.';
COMMENT ON COLUMN CI_SA.CHAR_PREM_ID IS 'Characteristic premise of the contract.';
COMMENT ON COLUMN CI_SA.TOT_TO_BILL_AMT IS 'Total amount to bill (for fixed-amount contracts).';
COMMENT ON COLUMN CI_SA.CURRENCY_CD IS 'Currency of the contract.';
COMMENT ON COLUMN CI_SA.EXPIRE_DT IS 'Date the contract expires.';
COMMENT ON COLUMN CI_SA.RENEWAL_DT IS 'Date the contract is up for renewal.';

CREATE TABLE CI_SA_CHAR (
    SA_ID               CHAR(10)        NOT NULL REFERENCES CI_SA (SA_ID),
    CHAR_TYPE_CD        CHAR(8)         NOT NULL,
    EFFDT               DATE            NOT NULL,
    CHAR_VAL            CHAR(16)        DEFAULT ' ' NOT NULL,
    ADHOC_CHAR_VAL      VARCHAR2(254),
    CHAR_VAL_FK1        VARCHAR2(50),
    SRCH_CHAR_VAL       VARCHAR2(50),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_SA_CHAR_PK PRIMARY KEY (SA_ID, CHAR_TYPE_CD, EFFDT)
);

COMMENT ON TABLE CI_SA_CHAR IS 'Contract characteristic: effective-dated extra attributes of a contract (product code, contract reference, discount tier).';
COMMENT ON COLUMN CI_SA_CHAR.SA_ID IS 'Contract the characteristic describes.';
COMMENT ON COLUMN CI_SA_CHAR.CHAR_TYPE_CD IS 'Characteristic type.';
COMMENT ON COLUMN CI_SA_CHAR.EFFDT IS 'Date from which the value applies.';
COMMENT ON COLUMN CI_SA_CHAR.CHAR_VAL IS 'Predefined characteristic value.';
COMMENT ON COLUMN CI_SA_CHAR.ADHOC_CHAR_VAL IS 'Free-text (ad hoc) characteristic value.';

-- ---------------------------------------------------------------------
-- Customer contact
-- ---------------------------------------------------------------------
CREATE TABLE CI_CC (
    CC_ID               CHAR(10)        NOT NULL,
    PER_ID              CHAR(10)        NOT NULL,
    CC_CL_CD            CHAR(8)         NOT NULL,
    CC_TYPE_CD          CHAR(8)         NOT NULL,
    CC_DTTM             DATE            NOT NULL,
    USER_ID             CHAR(8),
    CALLER              VARCHAR2(80),
    DESCR254            VARCHAR2(254),
    CC_STATUS_FLG       CHAR(2),
    TRIGGER_TD_SW       CHAR(1)         DEFAULT 'N' NOT NULL,
    TD_TYPE_CD          CHAR(8),
    ROLE_ID             CHAR(10),
    TRIGGER_DT          DATE,
    PRNT_CC_ID          CHAR(10),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_CC_PK PRIMARY KEY (CC_ID)
);

COMMENT ON TABLE CI_CC IS 'Customer contact: a logged interaction with a person (call, letter, collection notice) that may trigger a To Do.';
COMMENT ON COLUMN CI_CC.CC_ID IS 'System-generated customer contact identifier.';
COMMENT ON COLUMN CI_CC.PER_ID IS 'Person contacted.';
COMMENT ON COLUMN CI_CC.CC_CL_CD IS 'Customer contact class.';
COMMENT ON COLUMN CI_CC.CC_TYPE_CD IS 'Customer contact type - its algorithms run collection actions.';
COMMENT ON COLUMN CI_CC.CC_DTTM IS 'When the contact took place.';
COMMENT ON COLUMN CI_CC.DESCR254 IS 'Free-text description of the contact.';
COMMENT ON COLUMN CI_CC.TRIGGER_TD_SW IS 'Y when a To Do entry must be created on the trigger date.';
COMMENT ON COLUMN CI_CC.TD_TYPE_CD IS 'To Do type used when a To Do is triggered.';

-- Foreign keys added after all customer tables exist
ALTER TABLE CI_PER_CHAR ADD CONSTRAINT CI_PER_CHAR_FK1 FOREIGN KEY (PER_ID) REFERENCES CI_PER (PER_ID);
ALTER TABLE CI_ACCT_NBR ADD CONSTRAINT CI_ACCT_NBR_FK1 FOREIGN KEY (ACCT_ID) REFERENCES CI_ACCT (ACCT_ID);
ALTER TABLE CI_ACCT ADD CONSTRAINT CI_ACCT_FK1 FOREIGN KEY (MAILING_PREM_ID) REFERENCES CI_PREM (PREM_ID);
ALTER TABLE CI_CC ADD CONSTRAINT CI_CC_FK1 FOREIGN KEY (PER_ID) REFERENCES CI_PER (PER_ID);
ALTER TABLE CI_SA ADD CONSTRAINT CI_SA_FK2 FOREIGN KEY (CHAR_PREM_ID) REFERENCES CI_PREM (PREM_ID);

CREATE INDEX XM094S1 ON CI_SA (ACCT_ID);
CREATE INDEX XM094S2 ON CI_SA (SA_TYPE_CD, SA_STATUS_FLG);
CREATE INDEX XM099S1 ON CI_ACCT_PER (PER_ID);
CREATE UNIQUE INDEX XM185S1 ON CI_ACCT_NBR (ACCT_NBR_TYPE_CD, ACCT_NBR);
