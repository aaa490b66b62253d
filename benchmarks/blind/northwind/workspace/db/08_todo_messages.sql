-- ============================================================================
-- Northwind Energy ORMB - To Do and message catalogue
-- ============================================================================

CREATE TABLE CI_TD_TYPE (
    TD_TYPE_CD          CHAR(8)         NOT NULL,
    DESCR               VARCHAR2(60),
    TD_PRIORITY_FLG     CHAR(2)         DEFAULT '50' NOT NULL,
    MESSAGE_CAT_NBR     NUMBER(5),
    MESSAGE_NBR         NUMBER(5),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_TD_TYPE_PK PRIMARY KEY (TD_TYPE_CD)
);
COMMENT ON TABLE CI_TD_TYPE IS 'To Do type (NW-TXERR, NW-AUTOP, NW-BLHLD ...).';

CREATE TABLE CI_TD_ENTRY (
    TD_ENTRY_ID         CHAR(14)        NOT NULL,
    TD_TYPE_CD          CHAR(8)         NOT NULL,
    ENTRY_STATUS_FLG    CHAR(1)         NOT NULL,
    ROLE_ID             CHAR(10),
    ASSIGNED_TO         CHAR(8),
    ASSIGNED_DTTM       DATE,
    CRE_DTTM            DATE,
    COMPLETE_DTTM       DATE,
    COMPLETE_USER_ID    CHAR(8),
    TD_PRIORITY_FLG     CHAR(2),
    MESSAGE_CAT_NBR     NUMBER(5),
    MESSAGE_NBR         NUMBER(5),
    COMMENTS            VARCHAR2(254),
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_TD_ENTRY_PK PRIMARY KEY (TD_ENTRY_ID)
);
COMMENT ON TABLE CI_TD_ENTRY IS 'To Do entry. ENTRY_STATUS_FLG: O open, W being worked on, C complete.';

CREATE TABLE CI_TD_DRLKEY (
    TD_ENTRY_ID         CHAR(14)        NOT NULL,
    SEQ_NUM             NUMBER(3)       NOT NULL,
    KEY_VALUE           VARCHAR2(50)    NOT NULL,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_TD_DRLKEY_PK PRIMARY KEY (TD_ENTRY_ID, SEQ_NUM)
);
COMMENT ON TABLE CI_TD_DRLKEY IS 'To Do drill key: key of the record the entry is about (bill id, account id, payment id...).';

CREATE TABLE CI_MSG (
    MESSAGE_CAT_NBR     NUMBER(5)       NOT NULL,
    MESSAGE_NBR         NUMBER(5)       NOT NULL,
    MSG_SEV_FLG         CHAR(1)         DEFAULT 'E' NOT NULL,
    OWNER_FLG           CHAR(4)         DEFAULT 'CM' NOT NULL,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_MSG_PK PRIMARY KEY (MESSAGE_CAT_NBR, MESSAGE_NBR)
);
COMMENT ON TABLE CI_MSG IS 'Message; Northwind messages use category 93100.';

CREATE TABLE CI_MSG_L (
    MESSAGE_CAT_NBR     NUMBER(5)       NOT NULL,
    MESSAGE_NBR         NUMBER(5)       NOT NULL,
    LANGUAGE_CD         CHAR(3)         NOT NULL,
    MESSAGE_TEXT        VARCHAR2(254)   NOT NULL,
    OWNER_FLG           CHAR(4)         DEFAULT 'CM' NOT NULL,
    VERSION             NUMBER(5)       DEFAULT 1 NOT NULL,
    CONSTRAINT CI_MSG_L_PK PRIMARY KEY (MESSAGE_CAT_NBR, MESSAGE_NBR, LANGUAGE_CD)
);
COMMENT ON TABLE CI_MSG_L IS 'Message text per language with %1..%9 substitution parameters.';
