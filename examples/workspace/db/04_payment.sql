-- Payment tables (payment events, payments, tenders, payment segments, match events)
-- Exported with quoted identifiers by the DBA's DDL tool.

CREATE TABLE "CISADM"."CI_PAY_EVENT"
(
    "PAY_EVENT_ID"      CHAR(12)        NOT NULL,
    "PAY_DT"            DATE            NOT NULL,
    "CRE_DTTM"          DATE,
    "PAY_EVENT_STATUS_FLG" CHAR(2),
    "VERSION"           NUMBER(5,0)     DEFAULT 1 NOT NULL,
    CONSTRAINT "CI_PAY_EVENT_PK" PRIMARY KEY ("PAY_EVENT_ID")
);

COMMENT ON TABLE "CISADM"."CI_PAY_EVENT" IS 'Payment event: one receipt of money (a cheque, card or bank transfer) that may be split into payments for several accounts.';
COMMENT ON COLUMN "CISADM"."CI_PAY_EVENT"."PAY_EVENT_ID" IS 'System-generated payment event identifier.';
COMMENT ON COLUMN "CISADM"."CI_PAY_EVENT"."PAY_DT" IS 'Date the money was received.';
COMMENT ON COLUMN "CISADM"."CI_PAY_EVENT"."CRE_DTTM" IS 'When the payment event was created.';

CREATE TABLE "CISADM"."CI_PAY"
(
    "PAY_ID"            CHAR(12)        NOT NULL,
    "PAY_EVENT_ID"      CHAR(12)        NOT NULL,
    "ACCT_ID"           CHAR(10)        NOT NULL,
    "PAY_STATUS_FLG"    CHAR(2)         NOT NULL,
    "CAN_RSN_CD"        CHAR(4),
    "PAY_AMT"           NUMBER(15,2)    DEFAULT 0 NOT NULL,
    "CURRENCY_CD"       CHAR(3)         NOT NULL,
    "MATCH_TYPE_CD"     CHAR(8),
    "MATCH_VAL"         VARCHAR2(30),
    "OVRD_DIST_SW"      CHAR(1)         DEFAULT 'N' NOT NULL,
    "NB_PAY_SW"         CHAR(1)         DEFAULT 'N' NOT NULL,
    "CRE_DTTM"          DATE,
    "VERSION"           NUMBER(5,0)     DEFAULT 1 NOT NULL,
    CONSTRAINT "CI_PAY_PK" PRIMARY KEY ("PAY_ID"),
    CONSTRAINT "CI_PAY_FK1" FOREIGN KEY ("PAY_EVENT_ID") REFERENCES "CISADM"."CI_PAY_EVENT" ("PAY_EVENT_ID"),
    CONSTRAINT "CI_PAY_FK2" FOREIGN KEY ("ACCT_ID") REFERENCES "CISADM"."CI_ACCT" ("ACCT_ID")
);

COMMENT ON TABLE "CISADM"."CI_PAY" IS 'Payment: the part of a payment event applied to one account - distributed to its contracts as payment segments.';
COMMENT ON COLUMN "CISADM"."CI_PAY"."PAY_ID" IS 'System-generated payment identifier.';
COMMENT ON COLUMN "CISADM"."CI_PAY"."PAY_EVENT_ID" IS 'Payment event the payment is part of.';
COMMENT ON COLUMN "CISADM"."CI_PAY"."ACCT_ID" IS 'Account that is paying.';
COMMENT ON COLUMN "CISADM"."CI_PAY"."PAY_STATUS_FLG" IS 'Payment status: 10 incomplete, 20 error, 30 freezable, 50 frozen, 60 cancelled.';
COMMENT ON COLUMN "CISADM"."CI_PAY"."CAN_RSN_CD" IS 'Reason the payment was cancelled (e.g. NSF, bounced cheque).';
COMMENT ON COLUMN "CISADM"."CI_PAY"."PAY_AMT" IS 'Amount paid.';
COMMENT ON COLUMN "CISADM"."CI_PAY"."CURRENCY_CD" IS 'Currency of the payment.';
COMMENT ON COLUMN "CISADM"."CI_PAY"."MATCH_TYPE_CD" IS 'Match type: how the payment is matched to debt (bill id, contract, invoice reference).';
COMMENT ON COLUMN "CISADM"."CI_PAY"."MATCH_VAL" IS 'Value to match on, e.g. the bill id the customer quoted.';
COMMENT ON COLUMN "CISADM"."CI_PAY"."OVRD_DIST_SW" IS 'Y when the distribution was overridden manually.';

CREATE TABLE "CISADM"."CI_PAY_TNDR"
(
    "PAY_TENDER_ID"     CHAR(12)        NOT NULL,
    "PAY_EVENT_ID"      CHAR(12)        NOT NULL,
    "TNDR_CTL_ID"       CHAR(12),
    "TENDER_AMT"        NUMBER(15,2)    DEFAULT 0 NOT NULL,
    "CURRENCY_CD"       CHAR(3)         NOT NULL,
    "TENDER_TYPE_CD"    CHAR(4)         NOT NULL,
    "CHECK_NBR"         VARCHAR2(10),
    "MICR_ID"           VARCHAR2(30),
    "PAYOR_ACCT_ID"     CHAR(10)        NOT NULL,
    "TNDR_STATUS_FLG"   CHAR(2)         NOT NULL,
    "EXT_REFERENCE_ID"  VARCHAR2(36),
    "CAN_RSN_CD"        CHAR(4),
    "CRE_DTTM"          DATE,
    "VERSION"           NUMBER(5,0)     DEFAULT 1 NOT NULL,
    CONSTRAINT "CI_PAY_TNDR_PK" PRIMARY KEY ("PAY_TENDER_ID")
);

ALTER TABLE "CISADM"."CI_PAY_TNDR" ADD CONSTRAINT "CI_PAY_TNDR_FK1" FOREIGN KEY ("PAY_EVENT_ID")
    REFERENCES "CISADM"."CI_PAY_EVENT" ("PAY_EVENT_ID");
ALTER TABLE "CISADM"."CI_PAY_TNDR" ADD CONSTRAINT "CI_PAY_TNDR_FK2" FOREIGN KEY ("PAYOR_ACCT_ID")
    REFERENCES "CISADM"."CI_ACCT" ("ACCT_ID");

COMMENT ON TABLE "CISADM"."CI_PAY_TNDR" IS 'Payment tender: the means of payment (cash, cheque, card, direct debit) and amount received in a payment event.';
COMMENT ON COLUMN "CISADM"."CI_PAY_TNDR"."PAY_TENDER_ID" IS 'System-generated tender identifier.';
COMMENT ON COLUMN "CISADM"."CI_PAY_TNDR"."PAY_EVENT_ID" IS 'Payment event the tender belongs to.';
COMMENT ON COLUMN "CISADM"."CI_PAY_TNDR"."TNDR_CTL_ID" IS 'Tender control (cash drawer or deposit batch).';
COMMENT ON COLUMN "CISADM"."CI_PAY_TNDR"."TENDER_AMT" IS 'Amount tendered.';
COMMENT ON COLUMN "CISADM"."CI_PAY_TNDR"."TENDER_TYPE_CD" IS 'Tender type: CASH, CHEC, CRED, ACH.';
COMMENT ON COLUMN "CISADM"."CI_PAY_TNDR"."CHECK_NBR" IS 'Cheque number.';
COMMENT ON COLUMN "CISADM"."CI_PAY_TNDR"."PAYOR_ACCT_ID" IS 'Account of the party that handed over the money.';
COMMENT ON COLUMN "CISADM"."CI_PAY_TNDR"."TNDR_STATUS_FLG" IS 'Tender status: 25 valid, 60 cancelled.';
COMMENT ON COLUMN "CISADM"."CI_PAY_TNDR"."EXT_REFERENCE_ID" IS 'Bank or lockbox reference of the tender.';

CREATE TABLE "CISADM"."CI_PAY_SEG"
(
    "PAY_SEG_ID"        CHAR(12)        NOT NULL,
    "PAY_ID"            CHAR(12)        NOT NULL,
    "SA_ID"             CHAR(10)        NOT NULL,
    "PAY_SEG_AMT"       NUMBER(15,2)    DEFAULT 0 NOT NULL,
    "CURRENCY_CD"       CHAR(3)         NOT NULL,
    "PAY_SEG_STAT_FLG"  CHAR(2)         NOT NULL,
    "MATCH_EVT_ID"      CHAR(12),
    "VERSION"           NUMBER(5,0)     DEFAULT 1 NOT NULL,
    CONSTRAINT "CI_PAY_SEG_PK" PRIMARY KEY ("PAY_SEG_ID"),
    CONSTRAINT "CI_PAY_SEG_FK1" FOREIGN KEY ("PAY_ID") REFERENCES "CISADM"."CI_PAY" ("PAY_ID"),
    CONSTRAINT "CI_PAY_SEG_FK2" FOREIGN KEY ("SA_ID") REFERENCES "CISADM"."CI_SA" ("SA_ID")
);

COMMENT ON TABLE "CISADM"."CI_PAY_SEG" IS 'Payment segment: the share of a payment distributed to one contract - its FT has type PS (or PX when cancelled).';
COMMENT ON COLUMN "CISADM"."CI_PAY_SEG"."PAY_SEG_ID" IS 'System-generated payment segment identifier.';
COMMENT ON COLUMN "CISADM"."CI_PAY_SEG"."PAY_ID" IS 'Payment the segment belongs to.';
COMMENT ON COLUMN "CISADM"."CI_PAY_SEG"."SA_ID" IS 'Contract that receives the money.';
COMMENT ON COLUMN "CISADM"."CI_PAY_SEG"."PAY_SEG_AMT" IS 'Amount distributed to the contract.';

CREATE TABLE "CISADM"."CI_MATCH_EVT"
(
    "MATCH_EVT_ID"      CHAR(12)        NOT NULL,
    "ACCT_ID"           CHAR(10)        NOT NULL,
    "MEVT_STATUS_FLG"   CHAR(1)         NOT NULL,
    "CRE_DT"            DATE            NOT NULL,
    "BALANCED_DT"       DATE,
    "DISPUTE_SW"        CHAR(1)         DEFAULT 'N' NOT NULL,
    "VERSION"           NUMBER(5,0)     DEFAULT 1 NOT NULL,
    CONSTRAINT "CI_MATCH_EVT_PK" PRIMARY KEY ("MATCH_EVT_ID"),
    CONSTRAINT "CI_MATCH_EVT_FK1" FOREIGN KEY ("ACCT_ID") REFERENCES "CISADM"."CI_ACCT" ("ACCT_ID")
);

COMMENT ON TABLE "CISADM"."CI_MATCH_EVT" IS 'Match event: groups the FTs (bill and payment) of an open-item account that settle each other.';
COMMENT ON COLUMN "CISADM"."CI_MATCH_EVT"."MATCH_EVT_ID" IS 'System-generated match event identifier.';
COMMENT ON COLUMN "CISADM"."CI_MATCH_EVT"."ACCT_ID" IS 'Open-item account whose debt is matched.';
COMMENT ON COLUMN "CISADM"."CI_MATCH_EVT"."MEVT_STATUS_FLG" IS 'Match event status: O open, B balanced, C cancelled.';
COMMENT ON COLUMN "CISADM"."CI_MATCH_EVT"."CRE_DT" IS 'Date the match event was created.';
COMMENT ON COLUMN "CISADM"."CI_MATCH_EVT"."BALANCED_DT" IS 'Date debits and credits in the event balanced.';
COMMENT ON COLUMN "CISADM"."CI_MATCH_EVT"."DISPUTE_SW" IS 'Y when the matched items are in dispute.';

CREATE INDEX "XT286S1" ON "CISADM"."CI_PAY" ("ACCT_ID", "PAY_STATUS_FLG");
CREATE INDEX "XT286S2" ON "CISADM"."CI_PAY" ("PAY_EVENT_ID");
CREATE INDEX "XT288S1" ON "CISADM"."CI_PAY_TNDR" ("PAY_EVENT_ID");
CREATE INDEX "XT292S1" ON "CISADM"."CI_PAY_SEG" ("PAY_ID");
