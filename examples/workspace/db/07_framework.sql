-- =====================================================================
-- Framework and administration (control) tables: characteristic types,
-- messages, business objects, To Do, and the control tables on which
-- algorithms are plugged in (customer class, contract type, bill cycle,
-- adjustment type).
-- =====================================================================

CREATE TABLE CI_CHAR_TYPE (
    CHAR_TYPE_CD        CHAR(8)         NOT NULL,
    CHAR_TYPE_FLG       CHAR(3)         NOT NULL,
    ADHOC_VAL_ALG_CD    CHAR(12),
    CHAR_ENTITY_FLG     CHAR(4),
    SRCH_FLG            CHAR(1)         DEFAULT 'N' NOT NULL,
    FK_REF_CD           CHAR(12),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_CHAR_TYPE_PK PRIMARY KEY (CHAR_TYPE_CD)
);

COMMENT ON TABLE CI_CHAR_TYPE IS 'Characteristic type: defines an extra attribute that can be attached to persons, accounts, contracts, bills and other entities.';
COMMENT ON COLUMN CI_CHAR_TYPE.CHAR_TYPE_CD IS 'Characteristic type code.';
COMMENT ON COLUMN CI_CHAR_TYPE.CHAR_TYPE_FLG IS 'Kind of value: ADV ad hoc (free text), DFV predefined list, FKV foreign key reference.';
COMMENT ON COLUMN CI_CHAR_TYPE.ADHOC_VAL_ALG_CD IS 'Algorithm that validates ad hoc values.';
COMMENT ON COLUMN CI_CHAR_TYPE.FK_REF_CD IS 'Foreign key reference used for FKV values.';

CREATE TABLE CI_MSG (
    MESSAGE_CAT_NBR     NUMBER(5)       NOT NULL,
    MESSAGE_NBR         NUMBER(5)       NOT NULL,
    MSG_SEV_FLG         CHAR(1)         DEFAULT 'E' NOT NULL,
    OWNER_FLG           CHAR(4)         NOT NULL,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    PRIMARY KEY (MESSAGE_CAT_NBR, MESSAGE_NBR)
);

COMMENT ON TABLE CI_MSG IS 'Message: an error, warning or information message identified by category and number.';
COMMENT ON COLUMN CI_MSG.MESSAGE_CAT_NBR IS 'Message category - custom messages use categories 90000 and above.';
COMMENT ON COLUMN CI_MSG.MESSAGE_NBR IS 'Message number within the category.';
COMMENT ON COLUMN CI_MSG.OWNER_FLG IS 'Owner: base product or customer modification (CM).';

CREATE TABLE CI_MSG_L (
    MESSAGE_CAT_NBR     NUMBER(5)       NOT NULL,
    MESSAGE_NBR         NUMBER(5)       NOT NULL,
    LANGUAGE_CD         CHAR(3)         NOT NULL,
    MESSAGE_TEXT        VARCHAR2(254)   NOT NULL,
    OWNER_FLG           CHAR(4)         NOT NULL,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_MSG_L_PK PRIMARY KEY (MESSAGE_CAT_NBR, MESSAGE_NBR, LANGUAGE_CD),
    CONSTRAINT CI_MSG_L_FK1 FOREIGN KEY (MESSAGE_CAT_NBR, MESSAGE_NBR) REFERENCES CI_MSG (MESSAGE_CAT_NBR, MESSAGE_NBR)
);

COMMENT ON TABLE CI_MSG_L IS 'Message text per language: the text shown for a message, with %1, %2 substitution parameters.';
COMMENT ON COLUMN CI_MSG_L.MESSAGE_CAT_NBR IS 'Message category.';
COMMENT ON COLUMN CI_MSG_L.MESSAGE_NBR IS 'Message number.';
COMMENT ON COLUMN CI_MSG_L.LANGUAGE_CD IS 'Language of the text.';
COMMENT ON COLUMN CI_MSG_L.MESSAGE_TEXT IS 'Message text.';

CREATE TABLE F1_BUS_OBJ (
    BUS_OBJ_CD          CHAR(30)        NOT NULL,
    MAINT_OBJ_CD        CHAR(12)        NOT NULL,
    LIFE_CYCLE_BO_CD    CHAR(30),
    APP_SVC_ID          CHAR(20)        NOT NULL,
    INSTANCE_CTRL_FLG   CHAR(4),
    OWNER_FLG           CHAR(4)         NOT NULL,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT F1_BUS_OBJ_PK PRIMARY KEY (BUS_OBJ_CD)
);

COMMENT ON TABLE F1_BUS_OBJ IS 'Business object (BO): a configurable view of a maintenance object with its schema, lifecycle statuses and algorithms.';
COMMENT ON COLUMN F1_BUS_OBJ.BUS_OBJ_CD IS 'Business object code, e.g. C1_SA, C1-TxnDetail.';
COMMENT ON COLUMN F1_BUS_OBJ.MAINT_OBJ_CD IS 'Maintenance object (table group) the BO maps to.';
COMMENT ON COLUMN F1_BUS_OBJ.LIFE_CYCLE_BO_CD IS 'BO whose lifecycle (statuses) this BO uses.';
COMMENT ON COLUMN F1_BUS_OBJ.APP_SVC_ID IS 'Application service that secures the BO.';

CREATE TABLE CI_TD_TYPE (
    TD_TYPE_CD          CHAR(8)         NOT NULL,
    TD_PRIORITY_FLG     CHAR(2)         DEFAULT '50' NOT NULL,
    CREATE_TD_BATCH_CD  CHAR(8),
    NAV_OPT_CD          CHAR(12),
    MESSAGE_CAT_NBR     NUMBER(5),
    MESSAGE_NBR         NUMBER(5),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_TD_TYPE_PK PRIMARY KEY (TD_TYPE_CD)
);

COMMENT ON TABLE CI_TD_TYPE IS 'To Do type: a kind of work item (e.g. bill in error, payment upload error) with its default role and priority.';
COMMENT ON COLUMN CI_TD_TYPE.TD_TYPE_CD IS 'To Do type code.';
COMMENT ON COLUMN CI_TD_TYPE.TD_PRIORITY_FLG IS 'Default priority of entries of this type.';
COMMENT ON COLUMN CI_TD_TYPE.CREATE_TD_BATCH_CD IS 'Batch process that creates entries of this type.';

CREATE TABLE CI_TD_ENTRY (
    TD_ENTRY_ID         CHAR(14)        NOT NULL,
    TD_TYPE_CD          CHAR(8)         NOT NULL REFERENCES CI_TD_TYPE (TD_TYPE_CD),
    ENTRY_STATUS_FLG    CHAR(1)         NOT NULL,
    ROLE_ID             CHAR(10)        NOT NULL,
    ASSIGNED_TO         CHAR(8),
    ASSIGNED_DTTM       DATE,
    CRE_DTTM            DATE            NOT NULL,
    COMPLETE_DTTM       DATE,
    COMPLETE_USER_ID    CHAR(8),
    TD_PRIORITY_FLG     CHAR(2),
    MESSAGE_CAT_NBR     NUMBER(5),
    MESSAGE_NBR         NUMBER(5),
    COMMENTS            VARCHAR2(254),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_TD_ENTRY_PK PRIMARY KEY (TD_ENTRY_ID)
);

COMMENT ON TABLE CI_TD_ENTRY IS 'To Do entry: one work item in a user''s or role''s To Do list (errors to fix, approvals, reviews).';
COMMENT ON COLUMN CI_TD_ENTRY.TD_ENTRY_ID IS 'System-generated To Do entry identifier.';
COMMENT ON COLUMN CI_TD_ENTRY.TD_TYPE_CD IS 'To Do type.';
COMMENT ON COLUMN CI_TD_ENTRY.ENTRY_STATUS_FLG IS 'Status: O open, W being worked on, C complete.';
COMMENT ON COLUMN CI_TD_ENTRY.ROLE_ID IS 'Role whose users may work the entry.';
COMMENT ON COLUMN CI_TD_ENTRY.ASSIGNED_TO IS 'User the entry is assigned to.';
COMMENT ON COLUMN CI_TD_ENTRY.CRE_DTTM IS 'When the entry was created.';
COMMENT ON COLUMN CI_TD_ENTRY.COMPLETE_DTTM IS 'When the entry was completed.';
COMMENT ON COLUMN CI_TD_ENTRY.MESSAGE_CAT_NBR IS 'Message category of the entry''s subject.';
COMMENT ON COLUMN CI_TD_ENTRY.MESSAGE_NBR IS 'Message number of the entry''s subject.';

-- deliberately malformed: unbalanced parenthesis and a doubled comma, as found in a hand-edited patch script
CREATE TABLE CI_TD_DRLKEY (
    TD_ENTRY_ID         CHAR(14)        NOT NULL,
    SEQ_NUM             NUMBER(3)       NOT NULL,,
    KEY_VALUE           VARCHAR2(50)    NOT NULL
    CONSTRAINT CI_TD_DRLKEY_PK PRIMARY KEY (TD_ENTRY_ID, SEQ_NUM
;

CREATE TABLE CI_CUST_CL (
    CUST_CL_CD          CHAR(8)         NOT NULL,
    PREV_BSEG_ALG_CD    CHAR(12),
    LATE_PAY_CHG_ALG_CD CHAR(12),
    OVERPAY_DIST_ALG_CD CHAR(12),
    PAY_SEG_ALG_CD      CHAR(12),
    BILL_DIST_ALG_CD    CHAR(12),
    OPEN_ITEM_SW        CHAR(1)         DEFAULT 'N' NOT NULL,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_CUST_CL_PK PRIMARY KEY (CUST_CL_CD)
);

COMMENT ON TABLE CI_CUST_CL IS 'Customer class: groups accounts that share billing and payment rules - bill completion, payment freeze, late payment charge and overpayment algorithms are plugged in here.';
COMMENT ON COLUMN CI_CUST_CL.CUST_CL_CD IS 'Customer class code (e.g. COMM commercial, RES residential).';
COMMENT ON COLUMN CI_CUST_CL.LATE_PAY_CHG_ALG_CD IS 'Algorithm that levies late payment charges.';
COMMENT ON COLUMN CI_CUST_CL.OVERPAY_DIST_ALG_CD IS 'Algorithm that distributes overpayments.';
COMMENT ON COLUMN CI_CUST_CL.PAY_SEG_ALG_CD IS 'Algorithm that distributes payments to contracts.';
COMMENT ON COLUMN CI_CUST_CL.OPEN_ITEM_SW IS 'Y when accounts of the class use open-item accounting (match events).';

CREATE TABLE CI_SA_TYPE (
    CIS_DIVISION        CHAR(5)         NOT NULL,
    SA_TYPE_CD          CHAR(8)         NOT NULL,
    SVC_TYPE_CD         CHAR(2),
    DST_ID              CHAR(10)        NOT NULL,
    REV_CL_CD           CHAR(8),
    BILL_SEG_TYPE_CD    CHAR(8),
    SA_TYPE_FLG         CHAR(4),
    DEBT_CL_CD          CHAR(8),
    BILL_PRT_PRIO_FLG   CHAR(2),
    SA_PRINT_PRIO_FLG   CHAR(2),
    PAY_PRIO_NUM        NUMBER(3)       DEFAULT 50,
    OVERPAY_PRIO_NUM    NUMBER(3)       DEFAULT 50,
    CHG_TYPE_CD         CHAR(8),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_SA_TYPE_PK PRIMARY KEY (CIS_DIVISION, SA_TYPE_CD)
);

COMMENT ON TABLE CI_SA_TYPE IS 'Contract type (SA type): control table for contracts - decides bill segment type, GL distribution code, payment priority and the contract-level algorithms.';
COMMENT ON COLUMN CI_SA_TYPE.CIS_DIVISION IS 'Division the contract type belongs to.';
COMMENT ON COLUMN CI_SA_TYPE.SA_TYPE_CD IS 'Contract type code.';
COMMENT ON COLUMN CI_SA_TYPE.DST_ID IS 'GL distribution code for receivables of contracts of this type.';
COMMENT ON COLUMN CI_SA_TYPE.BILL_SEG_TYPE_CD IS 'Bill segment type that creates the segments.';
COMMENT ON COLUMN CI_SA_TYPE.PAY_PRIO_NUM IS 'Payment distribution priority (lower is paid first).';
COMMENT ON COLUMN CI_SA_TYPE.OVERPAY_PRIO_NUM IS 'Priority when distributing an overpayment.';

CREATE TABLE CI_BILL_CYC (
    BILL_CYC_CD         CHAR(4)         NOT NULL,
    BILL_CYC_FREQ_CD    CHAR(8),
    BATCH_CD            CHAR(8),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_BILL_CYC_PK PRIMARY KEY (BILL_CYC_CD)
);

COMMENT ON TABLE CI_BILL_CYC IS 'Bill cycle: the schedule (monthly, quarterly) on which accounts are billed.';
COMMENT ON COLUMN CI_BILL_CYC.BILL_CYC_CD IS 'Bill cycle code.';
COMMENT ON COLUMN CI_BILL_CYC.BILL_CYC_FREQ_CD IS 'Billing frequency.';

CREATE TABLE CI_BILL_CYC_SCH (
    BILL_CYC_CD         CHAR(4)         NOT NULL,
    WIN_START_DT        DATE            NOT NULL,
    WIN_END_DT          DATE            NOT NULL,
    ACCOUNTING_DT       DATE            NOT NULL,
    EST_DT              DATE,
    CUTOFF_DT           DATE,
    FREEZE_COMPLETE_SW  CHAR(1)         DEFAULT 'N' NOT NULL,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_BILL_CYC_SCH_PK PRIMARY KEY (BILL_CYC_CD, WIN_START_DT),
    CONSTRAINT CI_BILL_CYC_SCH_FK1 FOREIGN KEY (BILL_CYC_CD) REFERENCES CI_BILL_CYC (BILL_CYC_CD)
);

COMMENT ON TABLE CI_BILL_CYC_SCH IS 'Bill cycle schedule: the billing windows of a bill cycle with their accounting and cutoff dates.';
COMMENT ON COLUMN CI_BILL_CYC_SCH.BILL_CYC_CD IS 'Bill cycle.';
COMMENT ON COLUMN CI_BILL_CYC_SCH.WIN_START_DT IS 'First day of the billing window.';
COMMENT ON COLUMN CI_BILL_CYC_SCH.WIN_END_DT IS 'Last day of the billing window.';
COMMENT ON COLUMN CI_BILL_CYC_SCH.ACCOUNTING_DT IS 'Accounting date of bills created in the window.';
COMMENT ON COLUMN CI_BILL_CYC_SCH.CUTOFF_DT IS 'Usage cutoff date of the window.';
COMMENT ON COLUMN CI_BILL_CYC_SCH.FREEZE_COMPLETE_SW IS 'Y to freeze and complete bills in the window automatically.';

CREATE TABLE CI_ADJ_TYPE (
    ADJ_TYPE_CD         CHAR(8)         NOT NULL,
    DST_ID              CHAR(10)        NOT NULL,
    PRT_BY_DFLT_SW      CHAR(1)         DEFAULT 'Y' NOT NULL,
    ADJ_GEN_ALG_CD      CHAR(12),
    AP_REQ_TYPE_CD      CHAR(8),
    CHAR_TYPE_CD        CHAR(8),
    APPR_PROF_CD        CHAR(12),
    BUS_OBJ_CD          CHAR(30),
    DESCR_ON_BILL       VARCHAR2(60),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_ADJ_TYPE_PK PRIMARY KEY (ADJ_TYPE_CD)
);

COMMENT ON TABLE CI_ADJ_TYPE IS 'Adjustment type: control table for adjustments - decides the GL distribution code, printing and the adjustment generation and freeze algorithms.';
COMMENT ON COLUMN CI_ADJ_TYPE.ADJ_TYPE_CD IS 'Adjustment type code (e.g. LPC late payment charge, WO write-off, INT interest).';
COMMENT ON COLUMN CI_ADJ_TYPE.DST_ID IS 'GL distribution code used to book the adjustment.';
COMMENT ON COLUMN CI_ADJ_TYPE.PRT_BY_DFLT_SW IS 'Y when adjustments of this type print on the bill.';
COMMENT ON COLUMN CI_ADJ_TYPE.ADJ_GEN_ALG_CD IS 'Algorithm that calculates the adjustment amount.';
COMMENT ON COLUMN CI_ADJ_TYPE.APPR_PROF_CD IS 'Approval profile for large adjustments.';

/* cross-area foreign keys */
ALTER TABLE CI_TD_ENTRY ADD CONSTRAINT CI_TD_ENTRY_FK2 FOREIGN KEY (MESSAGE_CAT_NBR, MESSAGE_NBR) REFERENCES CI_MSG (MESSAGE_CAT_NBR, MESSAGE_NBR);
ALTER TABLE CI_ACCT ADD CONSTRAINT CI_ACCT_FK2 FOREIGN KEY (CUST_CL_CD) REFERENCES CI_CUST_CL (CUST_CL_CD);
ALTER TABLE CI_ACCT ADD CONSTRAINT CI_ACCT_FK3 FOREIGN KEY (BILL_CYC_CD) REFERENCES CI_BILL_CYC (BILL_CYC_CD);
ALTER TABLE CI_SA ADD CONSTRAINT CI_SA_FK3 FOREIGN KEY (CIS_DIVISION, SA_TYPE_CD) REFERENCES CI_SA_TYPE (CIS_DIVISION, SA_TYPE_CD);

CREATE INDEX XC522S1 ON CI_TD_ENTRY (TD_TYPE_CD, ENTRY_STATUS_FLG);
CREATE INDEX XC522S2 ON CI_TD_ENTRY (ROLE_ID, ENTRY_STATUS_FLG);
