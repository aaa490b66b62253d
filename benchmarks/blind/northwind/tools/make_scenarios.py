"""Writes scenarios/<id>.json for the Northwind blind set (kept as the source of the JSON files)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "scenarios")

# --- common seed fragments -------------------------------------------------------------------
ADMIN = [
    "INSERT INTO CI_CURRENCY_CD (CURRENCY_CD, DESCR, CURRENCY_SYMBOL, DECIMAL_POSITIONS) VALUES ('GBP', 'Pound sterling', '£', 2)",
    "INSERT INTO CI_CIS_DIVISION (CIS_DIVISION, DESCR, CURRENCY_CD) VALUES ('NWUK', 'Northwind Energy UK', 'GBP')",
    "INSERT INTO CI_CUST_CL (CUST_CL_CD, DESCR) VALUES ('SME', 'Small and medium enterprises')",
    "INSERT INTO CI_SA_TYPE (CIS_DIVISION, SA_TYPE_CD, DESCR) VALUES ('NWUK', 'NWELEC', 'Electricity supply')",
    "INSERT INTO CI_SA_TYPE (CIS_DIVISION, SA_TYPE_CD, DESCR) VALUES ('NWUK', 'NWGAS', 'Gas supply')",
    "INSERT INTO CI_SA_TYPE (CIS_DIVISION, SA_TYPE_CD, DESCR) VALUES ('NWUK', 'NWCREDIT', 'Credit balance')",
    "INSERT INTO CI_BILL_CYC (BILL_CYC_CD, DESCR) VALUES ('MON1', 'Monthly, 1st working day')",
]


def acct(acct_id="1000000001", cust_cl="SME"):
    return f"INSERT INTO CI_ACCT (ACCT_ID, CUST_CL_CD, BILL_CYC_CD, CURRENCY_CD, CIS_DIVISION, SETUP_DT) VALUES ('{acct_id}', '{cust_cl}', 'MON1', 'GBP', 'NWUK', DATE '2024-03-01')"


def sa(sa_id="3000000001", acct_id="1000000001", sa_type="NWELEC", status="20", start="2025-01-01"):
    return (f"INSERT INTO CI_SA (SA_ID, ACCT_ID, CIS_DIVISION, SA_TYPE_CD, SA_STATUS_FLG, START_DT, CURRENCY_CD) "
            f"VALUES ('{sa_id}', '{acct_id}', 'NWUK', '{sa_type}', '{status}', DATE '{start}', 'GBP')")


def bill(bill_id="200000000001", acct_id="1000000001", status="P", bill_dt="2026-06-01"):
    return (f"INSERT INTO CI_BILL (BILL_ID, ACCT_ID, BILL_STAT_FLG, BILL_CYC_CD, BILL_DT, CRE_DTTM) "
            f"VALUES ('{bill_id}', '{acct_id}', '{status}', 'MON1', DATE '{bill_dt}', TIMESTAMP '2026-06-01 02:00:00')")


def bseg(bseg_id, bill_id="200000000001", sa_id="3000000001", status="50", start="2026-05-01", end="2026-05-31"):
    return (f"INSERT INTO CI_BSEG (BSEG_ID, BILL_ID, SA_ID, BSEG_STAT_FLG, START_DT, END_DT, CRE_DTTM) "
            f"VALUES ('{bseg_id}', '{bill_id}', '{sa_id}', '{status}', DATE '{start}', DATE '{end}', TIMESTAMP '2026-06-01 02:00:00')")


def calc(bseg_id, seq, amount, bchg=None):
    b = f"'{bchg}'" if bchg else "NULL"
    return (f"INSERT INTO CI_BSEG_CALC (BSEG_ID, HEADER_SEQ, CURRENCY_CD, CALC_AMT, BILLABLE_CHG_ID) "
            f"VALUES ('{bseg_id}', {seq}, 'GBP', {amount}, {b})")


def txn(txn_id, dttm, status, sa_id="3000000001", acct_id="1000000001", header=7001, vol="125.5"):
    return (f"INSERT INTO CI_TXN_DETAIL (TXN_DETAIL_ID, TXN_HEADER_ID, TXN_SOURCE_CD, TXN_DTTM, BUS_OBJ_CD, BO_STATUS_CD, ACCT_ID, SA_ID, TXN_VOL, CURR_SYS_PRCS_DT) "
            f"VALUES ({txn_id}, {header}, 'NW-MDM-HH', TIMESTAMP '{dttm}', 'C1-TxnDetail', '{status}', '{acct_id}', '{sa_id}', {vol}, DATE '{dttm[:10]}')")


def char_type(code, flg="DFV", descr=None):
    return f"INSERT INTO CI_CHAR_TYPE (CHAR_TYPE_CD, DESCR, CHAR_TYPE_FLG) VALUES ('{code}', '{descr or code}', '{flg}')"


def td_type(code, descr=None):
    return f"INSERT INTO CI_TD_TYPE (TD_TYPE_CD, DESCR, TD_PRIORITY_FLG) VALUES ('{code}', '{descr or code}', '50')"


def party(uid, party_id, ptype="ACCT"):
    return f"INSERT INTO CI_PARTY (PARTY_UID, PARTY_ID, PARTY_TYPE_FLG) VALUES ('{uid}', '{party_id}', '{ptype}')"


def pa(pa_id, owner, owner_type, item, status, start, end=None):
    e = f"DATE '{end}'" if end else "NULL"
    return (f"INSERT INTO CI_PRICEASGN (PRICE_ASGN_ID, OWNER_ID, PA_OWNER_TYPE_FLG, PRICEITEM_CD, PRICE_STATUS_FLAG, START_DT, END_DT, PRICE_CURRENCY_CD, RS_CD) "
            f"VALUES ('{pa_id}', '{owner}', '{owner_type}', '{item}', '{status}', DATE '{start}', {e}, 'GBP', 'NW-UNIT')")


def pay(pay_id="600000000001", event="610000000001", acct_id="1000000001", amount="150.00", pay_dt="2026-06-10",
        match_type=None, match_val=None):
    mt = f"'{match_type}'" if match_type else "NULL"
    mv = f"'{match_val}'" if match_val else "NULL"
    return [
        f"INSERT INTO CI_PAY_EVENT (PAY_EVENT_ID, PAY_DT, CRE_DTTM) VALUES ('{event}', DATE '{pay_dt}', TIMESTAMP '{pay_dt} 09:00:00')",
        (f"INSERT INTO CI_PAY (PAY_ID, PAY_EVENT_ID, ACCT_ID, PAY_STATUS_FLG, PAY_AMT, CURRENCY_CD, MATCH_TYPE_CD, MATCH_VAL) "
         f"VALUES ('{pay_id}', '{event}', '{acct_id}', '50', {amount}, 'GBP', {mt}, {mv})"),
    ]


def tender(tender_id, event, amount, ttype, acct_id="1000000001"):
    return (f"INSERT INTO CI_PAY_TNDR (PAY_TENDER_ID, PAY_EVENT_ID, TENDER_AMT, CURRENCY_CD, TENDER_TYPE_CD, PAYOR_ACCT_ID, TNDR_STATUS_FLG) "
            f"VALUES ('{tender_id}', '{event}', {amount}, 'GBP', '{ttype}', '{acct_id}', '25')")


def person(per_id, kind="B", email=None, name=None):
    e = f"'{email}'" if email else "NULL"
    rows = [f"INSERT INTO CI_PER (PER_ID, LANGUAGE_CD, PER_OR_BUS_FLG, EMAILID, CIS_DIVISION, COUNTRY) VALUES ('{per_id}', 'ENG', '{kind}', {e}, 'NWUK', 'GBR')"]
    if name:
        rows.append(f"INSERT INTO CI_PER_NAME (PER_ID, SEQ_NUM, ENTITY_NAME, NAME_TYPE_FLG, PRIM_NAME_SW) VALUES ('{per_id}', 1, '{name}', 'PRIM', 'Y')")
    return rows


def acct_per(acct_id, per_id, main="Y"):
    return f"INSERT INTO CI_ACCT_PER (ACCT_ID, PER_ID, ACCT_REL_TYPE_CD, MAIN_CUST_SW, FIN_RESP_SW) VALUES ('{acct_id}', '{per_id}', 'MAIN', '{main}', '{main}')"


def sc(name, seed, inputs, expect, params=None, process_date=None):
    d = {"name": name, "seed": seed, "inputs": [{"setter": s, "value": v} for s, v in inputs]}
    d["soft_parameters"] = params or []
    if process_date:
        d["process_date"] = process_date
    d["expect"] = expect
    return d


def q(sql, value):
    return {"sql": sql, "value": value}


def out(getter, value=None, not_=None):
    d = {"getter": getter}
    if not_ is not None:
        d["not"] = not_
    else:
        d["value"] = "null" if value is None else value
    return d


CASES = {}

# ============================================================================= n01
base01 = ADMIN + [acct(), sa(), bill()]
in01 = [("setBill", "200000000001"), ("setServiceAgreement", "3000000001"),
        ("setStartDate", "2026-05-01"), ("setEndDate", "2026-05-31")]
CASES["n01"] = [
    sc("usage transaction in ERROR inside the bill period stops the bill",
       base01 + [txn(9001, "2026-05-10 08:30:00", "CMPL"), txn(9002, "2026-05-18 14:00:00", "ERROR")],
       in01, {"error": True}),
    sc("all transactions of the period completed - bill goes ahead",
       base01 + [txn(9001, "2026-05-10 08:30:00", "CMPL"), txn(9002, "2026-05-18 14:00:00", "CMPL")],
       in01, {"error": False}),
    sc("error transaction dated before the bill period is ignored",
       base01 + [txn(9001, "2026-04-20 11:00:00", "ERROR"), txn(9002, "2026-05-18 14:00:00", "CMPL")],
       in01, {"error": False}),
    sc("error transaction of another contract is ignored",
       base01 + [sa("3000000002", sa_type="NWGAS"), txn(9001, "2026-05-12 09:00:00", "ERROR", sa_id="3000000002"),
                 txn(9002, "2026-05-18 14:00:00", "CMPL")],
       in01, {"error": False}),
]

# ============================================================================= n02
base02 = ADMIN + [acct(), sa(), bill("200000000001", status="C"),
                  bseg("400000000001", status="60"),
                  calc("400000000001", 1, "120.40", "500000000001"),
                  "INSERT INTO CI_BILL_CHG (BILLABLE_CHG_ID, SA_ID, START_DT, END_DT, BILLABLE_CHG_STAT, PRICEITEM_CD, FEED_SOURCE_FLG) VALUES ('500000000001', '3000000001', DATE '2026-05-01', DATE '2026-05-31', '10', 'ELEC_UNIT_DAY', 'TFM')",
                  "INSERT INTO CI_BILL_CHG (BILLABLE_CHG_ID, SA_ID, START_DT, END_DT, BILLABLE_CHG_STAT, PRICEITEM_CD, FEED_SOURCE_FLG) VALUES ('500000000002', '3000000001', DATE '2026-04-01', DATE '2026-04-30', '10', 'ELEC_UNIT_DAY', 'TFM')",
                  txn(9001, "2026-05-03 10:00:00", "CMPL"), txn(9002, "2026-05-20 10:00:00", "CMPL"),
                  txn(9003, "2026-04-15 10:00:00", "CMPL"),
                  "INSERT INTO CI_TXN_DTL_PRITM (TXN_DETAIL_ID, PRICEITEM_CD, BILLABLE_CHG_ID, SA_ID, ACCT_ID) VALUES (9001, 'ELEC_UNIT_DAY', '500000000001', '3000000001', '1000000001')",
                  "INSERT INTO CI_TXN_DTL_PRITM (TXN_DETAIL_ID, PRICEITEM_CD, BILLABLE_CHG_ID, SA_ID, ACCT_ID) VALUES (9002, 'ELEC_UNIT_DAY', '500000000001', '3000000001', '1000000001')",
                  "INSERT INTO CI_TXN_DTL_PRITM (TXN_DETAIL_ID, PRICEITEM_CD, BILLABLE_CHG_ID, SA_ID, ACCT_ID) VALUES (9003, 'ELEC_UNIT_DAY', '500000000002', '3000000001', '1000000001')"]
p02 = [{"role": "rebill cancel reason code", "type": "string", "value": "RBIL"}]
CASES["n02"] = [
    sc("cancel with the rebill reason sends the segment's transactions back to VALD",
       base02, [("setBillSegment", "400000000001"), ("setCancelReasonCode", "RBIL")],
       {"error": False, "queries": [
           q("SELECT COUNT(*) FROM CI_TXN_DETAIL WHERE TRIM(BO_STATUS_CD) = 'VALD'", "2"),
           q("SELECT TRIM(BO_STATUS_CD) FROM CI_TXN_DETAIL WHERE TXN_DETAIL_ID = 9001", "VALD"),
           q("SELECT TRIM(BO_STATUS_CD) FROM CI_TXN_DETAIL WHERE TXN_DETAIL_ID = 9003", "CMPL")]}, p02),
    sc("cancel with another reason leaves the transactions alone",
       base02, [("setBillSegment", "400000000001"), ("setCancelReasonCode", "CORR")],
       {"error": False, "queries": [
           q("SELECT COUNT(*) FROM CI_TXN_DETAIL WHERE TRIM(BO_STATUS_CD) = 'VALD'", "0")]}, p02),
]

# ============================================================================= n03
def header(hid, dttm, cnt, fname):
    return (f"INSERT INTO CI_TXN_HEADER (TXN_HEADER_ID, TXN_SOURCE_CD, TXN_FILE_NAME, TXN_HEADER_DTTM, TXN_HDR_STATUS_FLG, TXN_CNT, CURRENCY_CD) "
            f"VALUES ({hid}, 'NW-MDM-HH', '{fname}', TIMESTAMP '{dttm}', 'CMPL', {cnt}, 'GBP')")


base03 = ADMIN + [acct(), sa(), td_type("NW-TXCNT", "Feed file record count mismatch"),
                  "INSERT INTO CI_BATCH_CTRL (BATCH_CD, DESCR, NEXT_BATCH_NBR) VALUES ('C1-TXNIP', 'Transaction upload', 43)"]
in03 = [("setBatchControl", "C1-TXNIP"), ("setBatchNumber", "42"), ("setBatchRerunNumber", "0")]
p03 = [{"role": "To Do type for feed file record count mismatch", "type": "entity", "entityName": "toDoType", "value": "NW-TXCNT"}]
CASES["n03"] = [
    sc("file loaded today with fewer detail rows than its header count raises one To Do",
       base03 + [header(7001, "2026-06-15 06:00:00", 3, "MDM_HH_20260615_01.csv"),
                 header(7002, "2026-06-15 06:30:00", 2, "MDM_HH_20260615_02.csv"),
                 txn(9001, "2026-06-14 00:30:00", "UPLD", header=7001), txn(9002, "2026-06-14 01:00:00", "UPLD", header=7001),
                 txn(9003, "2026-06-14 00:30:00", "UPLD", header=7002), txn(9004, "2026-06-14 01:00:00", "UPLD", header=7002)],
       in03, {"error": False, "queries": [
           q("SELECT COUNT(*) FROM CI_TD_ENTRY", "1"),
           q("SELECT TRIM(TD_TYPE_CD) FROM CI_TD_ENTRY", "NW-TXCNT")]}, p03),
    sc("two mismatching files today give two To Dos",
       base03 + [header(7001, "2026-06-15 06:00:00", 3, "MDM_HH_20260615_01.csv"),
                 header(7002, "2026-06-15 06:30:00", 1, "MDM_HH_20260615_02.csv"),
                 txn(9001, "2026-06-14 00:30:00", "UPLD", header=7001),
                 txn(9003, "2026-06-14 00:30:00", "UPLD", header=7002), txn(9004, "2026-06-14 01:00:00", "UPLD", header=7002)],
       in03, {"error": False, "queries": [q("SELECT COUNT(*) FROM CI_TD_ENTRY", "2")]}, p03),
    sc("all files of today are complete - no To Do",
       base03 + [header(7001, "2026-06-15 06:00:00", 2, "MDM_HH_20260615_01.csv"),
                 txn(9001, "2026-06-14 00:30:00", "UPLD", header=7001), txn(9002, "2026-06-14 01:00:00", "UPLD", header=7001)],
       in03, {"error": False, "queries": [q("SELECT COUNT(*) FROM CI_TD_ENTRY", "0")]}, p03),
    sc("mismatching file loaded yesterday is not today's business",
       base03 + [header(7001, "2026-06-14 06:00:00", 5, "MDM_HH_20260614_01.csv"),
                 txn(9001, "2026-06-13 00:30:00", "CMPL", header=7001)],
       in03, {"error": False, "queries": [q("SELECT COUNT(*) FROM CI_TD_ENTRY", "0")]}, p03),
]

# ============================================================================= n04
base04 = ADMIN + [acct(), sa()]
in04 = [("setAccount", "1000000001"), ("setBillCycle", "MON1"), ("setCutoffDate", "2026-05-31")]
CASES["n04"] = [
    sc("validated but not completed transaction before the cutoff blocks billing",
       base04 + [txn(9001, "2026-05-10 08:30:00", "CMPL"), txn(9002, "2026-05-20 12:00:00", "VALD")],
       in04, {"error": False, "outputs": [out("getIsEligibleForBilling", "false")]}),
    sc("uploaded transaction on the cutoff day blocks billing",
       base04 + [txn(9001, "2026-05-31 18:00:00", "UPLD")],
       in04, {"error": False, "outputs": [out("getIsEligibleForBilling", "false")]}),
    sc("everything completed - account is billed",
       base04 + [txn(9001, "2026-05-10 08:30:00", "CMPL"), txn(9002, "2026-05-20 12:00:00", "CMPL")],
       in04, {"error": False, "outputs": [out("getIsEligibleForBilling", "true")]}),
    sc("unfinished transaction after the cutoff does not block",
       base04 + [txn(9001, "2026-05-10 08:30:00", "CMPL"), txn(9002, "2026-06-05 12:00:00", "UPLD")],
       in04, {"error": False, "outputs": [out("getIsEligibleForBilling", "true")]}),
    sc("unfinished transaction of another account does not block",
       base04 + [acct("1000000002"), sa("3000000002", acct_id="1000000002"),
                 txn(9001, "2026-05-10 08:30:00", "VALD", sa_id="3000000002", acct_id="1000000002")],
       in04, {"error": False, "outputs": [out("getIsEligibleForBilling", "true")]}),
]

# ============================================================================= n05
base05 = ADMIN + [acct(), sa(), bill()]
in05 = [("setBillId", "200000000001"), ("setSaId", "3000000001"), ("setAccountId", "1000000001"),
        ("setSaTypeCd", "NWELEC"), ("setCisDivision", "NWUK"), ("setCurrencyCd", "GBP"),
        ("setBillCycCode", "MON1"), ("setBillDate", "2026-06-01"), ("setAccountingDate", "2026-06-01"),
        ("setStartDate", "2026-05-01"), ("setEndDate", "2026-05-31")]
CASES["n05"] = [
    sc("no usage in the period - skip post-processing",
       base05, in05, {"error": False, "outputs": [out("getSkipSw", "true")]}),
    sc("completed usage in the period - post-processing runs",
       base05 + [txn(9001, "2026-05-15 10:00:00", "CMPL")],
       in05, {"error": False, "outputs": [out("getSkipSw", "false")]}),
    sc("only a cancelled transaction in the period - skip",
       base05 + [txn(9001, "2026-05-15 10:00:00", "CANC")],
       in05, {"error": False, "outputs": [out("getSkipSw", "true")]}),
    sc("usage only outside the period or on another contract - skip",
       base05 + [sa("3000000002", sa_type="NWGAS"), txn(9001, "2026-04-28 10:00:00", "CMPL"),
                 txn(9002, "2026-05-15 10:00:00", "CMPL", sa_id="3000000002")],
       in05, {"error": False, "outputs": [out("getSkipSw", "true")]}),
]

# ============================================================================= n06
base06 = ADMIN + [acct(), sa(),
                  "INSERT INTO CI_PRICEITEM (PRICEITEM_CD, DESCR, UOM_CD) VALUES ('ELEC_UNIT_DAY', 'Electricity unit rate - day', 'KWH')",
                  "INSERT INTO CI_PRICEITEM (PRICEITEM_CD, DESCR, UOM_CD) VALUES ('GAS_UNIT', 'Gas unit rate', 'KWH')",
                  "INSERT INTO CI_PRICELIST (PRICELIST_ID, PL_GLOBAL_SW, CURRENCY_CD) VALUES ('PL-SVT-2026', 'Y', 'GBP')",
                  pa("PA000000000009", "PL-SVT-2026", "PLST", "ELEC_UNIT_DAY", "ACTV", "2026-01-01"),
                  party("PTY00000000001", "1000000001", "ACCT")]
in06 = [("setPriceItem", "ELEC_UNIT_DAY"), ("setAccount", "1000000001"), ("setServiceAgreement", "3000000001"),
        ("setPricingDate", "2026-05-15")]
CASES["n06"] = [
    sc("active customer price of the account party is found",
       base06 + [pa("PA000000000001", "PTY00000000001", "PRTY", "ELEC_UNIT_DAY", "ACTV", "2026-01-01")],
       in06, {"error": False, "outputs": [out("getIsPriceAssignmentFound", "true"),
                                          out("getPriceAssignmentId", "PA000000000001")]}),
    sc("customer price that ended before the pricing date is not used",
       base06 + [pa("PA000000000001", "PTY00000000001", "PRTY", "ELEC_UNIT_DAY", "ACTV", "2025-04-01", "2026-03-31")],
       in06, {"error": False, "outputs": [out("getIsPriceAssignmentFound", "false"),
                                          out("getPriceAssignmentId", None)]}),
    sc("customer price pending approval is not used",
       base06 + [pa("PA000000000001", "PTY00000000001", "PRTY", "ELEC_UNIT_DAY", "PNDA", "2026-01-01")],
       in06, {"error": False, "outputs": [out("getIsPriceAssignmentFound", "false")]}),
    sc("customer price of another price item is not used",
       base06 + [pa("PA000000000001", "PTY00000000001", "PRTY", "GAS_UNIT", "ACTV", "2026-01-01")],
       in06, {"error": False, "outputs": [out("getIsPriceAssignmentFound", "false")]}),
    sc("price of a person party is not the account's own price",
       base06 + person("8000000001", "B") + [acct_per("1000000001", "8000000001"),
                                             party("PTY00000000002", "8000000001", "PERS"),
                                             pa("PA000000000002", "PTY00000000002", "PRTY", "ELEC_UNIT_DAY", "ACTV", "2026-01-01")],
       in06, {"error": False, "outputs": [out("getIsPriceAssignmentFound", "false")]}),
]

# ============================================================================= n07
base07 = ADMIN + [acct(), acct("1000000002"), sa(status="40"),
                  "INSERT INTO CI_PRICELIST (PRICELIST_ID, PL_GLOBAL_SW, CURRENCY_CD) VALUES ('PL-SVT-2026', 'Y', 'GBP')",
                  party("PTY00000000002", "1000000002", "ACCT"),
                  pa("PA000000000003", "PL-SVT-2026", "PLST", "ELEC_UNIT_DAY", "ACTV", "2026-01-01"),
                  pa("PA000000000004", "PTY00000000002", "PRTY", "ELEC_UNIT_DAY", "ACTV", "2026-01-01")]
in07 = [("setServiceAgreement", "3000000001"), ("setStopDate", "2026-06-30")]
CASES["n07"] = [
    sc("open customer price of the account is end-dated on the stop date",
       base07 + [party("PTY00000000001", "1000000001", "ACCT"),
                 pa("PA000000000001", "PTY00000000001", "PRTY", "ELEC_UNIT_DAY", "ACTV", "2026-01-01"),
                 pa("PA000000000002", "PTY00000000001", "PRTY", "GAS_UNIT", "ACTV", "2025-01-01", "2026-03-31")],
       in07, {"error": False, "queries": [
           q("SELECT TO_CHAR(END_DT, 'YYYY-MM-DD') FROM CI_PRICEASGN WHERE PRICE_ASGN_ID = 'PA000000000001'", "2026-06-30"),
           q("SELECT TO_CHAR(END_DT, 'YYYY-MM-DD') FROM CI_PRICEASGN WHERE PRICE_ASGN_ID = 'PA000000000002'", "2026-03-31"),
           q("SELECT COUNT(*) FROM CI_PRICEASGN WHERE END_DT IS NULL", "2")]}),
    sc("account without customer prices - price list and other customers untouched",
       base07, in07, {"error": False, "queries": [
           q("SELECT COUNT(*) FROM CI_PRICEASGN WHERE END_DT IS NULL", "2")]}),
]

# ============================================================================= n08
base08 = ADMIN + [acct(), sa(), bill(),
                  "INSERT INTO CI_PRICEITEM (PRICEITEM_CD, DESCR, UOM_CD) VALUES ('ELEC_UNIT_DAY', 'Electricity unit rate - day', 'KWH')",
                  party("PTY00000000001", "1000000001", "ACCT"),
                  pa("PA000000000001", "PTY00000000001", "PRTY", "ELEC_UNIT_DAY", "PNDA", "2026-01-01"),
                  pa("PA000000000002", "PTY00000000001", "PRTY", "ELEC_UNIT_DAY", "ACTV", "2025-01-01"),
                  pa("PA000000000003", "PTY00000000001", "PRTY", "ELEC_UNIT_DAY", "RJCT", "2026-01-01")]


def bchg(bchg_id, pa_id, sa_id="3000000001", start="2026-05-01", end="2026-05-31", status="10"):
    return (f"INSERT INTO CI_BILL_CHG (BILLABLE_CHG_ID, SA_ID, START_DT, END_DT, BILLABLE_CHG_STAT, PRICEITEM_CD, PRICE_ASGN_ID, FEED_SOURCE_FLG) "
            f"VALUES ('{bchg_id}', '{sa_id}', DATE '{start}', DATE '{end}', '{status}', 'ELEC_UNIT_DAY', '{pa_id}', 'TFM')")


in08 = in01
CASES["n08"] = [
    sc("charge priced with a price pending approval stops the bill",
       base08 + [bchg("500000000001", "PA000000000002"), bchg("500000000002", "PA000000000001", start="2026-05-15", end="2026-05-15")],
       in08, {"error": True}),
    sc("charge priced with a rejected price stops the bill",
       base08 + [bchg("500000000001", "PA000000000003")], in08, {"error": True}),
    sc("all charges priced with active prices",
       base08 + [bchg("500000000001", "PA000000000002"), bchg("500000000002", "PA000000000002", start="2026-05-15", end="2026-05-15")],
       in08, {"error": False}),
    sc("pending price on a charge of another contract is not this contract's problem",
       base08 + [sa("3000000002", sa_type="NWGAS"), bchg("500000000001", "PA000000000001", sa_id="3000000002"),
                 bchg("500000000002", "PA000000000002")],
       in08, {"error": False}),
    sc("pending price on a charge outside the bill period is ignored",
       base08 + [bchg("500000000001", "PA000000000001", start="2026-03-01", end="2026-03-31"),
                 bchg("500000000002", "PA000000000002")],
       in08, {"error": False}),
]

# ============================================================================= n09
base09 = ADMIN + [acct(), sa(status="20"), td_type("NW-NOPRC", "Contract activated without customer pricing")]
p09 = [{"role": "To Do type for missing customer pricing", "type": "entity", "entityName": "toDoType", "value": "NW-NOPRC"}]
in09 = [("setServiceAgreement", "3000000001")]
CASES["n09"] = [
    sc("account without a party gets a pricing To Do",
       base09, in09, {"error": False, "queries": [
           q("SELECT COUNT(*) FROM CI_TD_ENTRY", "1"),
           q("SELECT TRIM(TD_TYPE_CD) FROM CI_TD_ENTRY", "NW-NOPRC")]}, p09),
    sc("party without any price assignment gets a pricing To Do",
       base09 + [party("PTY00000000001", "1000000001", "ACCT")], in09,
       {"error": False, "queries": [q("SELECT COUNT(*) FROM CI_TD_ENTRY", "1")]}, p09),
    sc("account with customer prices - no To Do",
       base09 + [party("PTY00000000001", "1000000001", "ACCT"),
                 pa("PA000000000001", "PTY00000000001", "PRTY", "ELEC_UNIT_DAY", "ACTV", "2026-01-01")], in09,
       {"error": False, "queries": [q("SELECT COUNT(*) FROM CI_TD_ENTRY", "0")]}, p09),
]

# ============================================================================= n10
base10 = ADMIN + [acct(), sa(), td_type("NW-AMLCS", "Large cash payment - AML review")]
p10 = [{"role": "maximum cash payment amount", "type": "decimal", "value": "10000"},
       {"role": "To Do type for AML review", "type": "entity", "entityName": "toDoType", "value": "NW-AMLCS"}]
in10 = [("setPayment", "600000000001")]
CASES["n10"] = [
    sc("large cash payment raises an AML To Do",
       base10 + pay(amount="12500.00") + [tender("630000000001", "610000000001", "12500.00", "CASH")], in10,
       {"error": False, "queries": [
           q("SELECT COUNT(*) FROM CI_TD_ENTRY", "1"),
           q("SELECT TRIM(TD_TYPE_CD) FROM CI_TD_ENTRY", "NW-AMLCS")]}, p10),
    sc("large cheque payment is not an AML case",
       base10 + pay(amount="12500.00") + [tender("630000000001", "610000000001", "12500.00", "CHEC")], in10,
       {"error": False, "queries": [q("SELECT COUNT(*) FROM CI_TD_ENTRY", "0")]}, p10),
    sc("small cash payment is fine",
       base10 + pay(amount="800.00") + [tender("630000000001", "610000000001", "800.00", "CASH")], in10,
       {"error": False, "queries": [q("SELECT COUNT(*) FROM CI_TD_ENTRY", "0")]}, p10),
]

# ============================================================================= n11
base11 = ADMIN + [acct(), sa(), char_type("NW-COLHD", "DFV", "Collections hold")] + pay(amount="300.00", pay_dt="2026-06-10") + [
    "INSERT INTO CI_PAY_SEG (PAY_SEG_ID, PAY_ID, SA_ID, PAY_SEG_AMT, CURRENCY_CD, PAY_SEG_STAT_FLG) VALUES ('620000000001', '600000000001', '3000000001', 300.00, 'GBP', '50')"]
p11 = [{"role": "collections hold characteristic type", "type": "entity", "entityName": "characteristicType", "value": "NW-COLHD"}]
in11 = [("setPayment", "600000000001"), ("setPaymentSegment", "620000000001"), ("setServiceAgreement", "3000000001")]
CASES["n11"] = [
    sc("payment on a contract on hold releases the hold from the payment date",
       base11 + ["INSERT INTO CI_SA_CHAR (SA_ID, CHAR_TYPE_CD, EFFDT, CHAR_VAL) VALUES ('3000000001', 'NW-COLHD', DATE '2026-01-01', 'Y')"], in11,
       {"error": False, "queries": [
           q("SELECT COUNT(*) FROM CI_SA_CHAR WHERE SA_ID = '3000000001'", "2"),
           q("SELECT TRIM(CHAR_VAL) FROM CI_SA_CHAR WHERE SA_ID = '3000000001' AND TRIM(CHAR_TYPE_CD) = 'NW-COLHD' AND EFFDT = DATE '2026-06-10'", "N")]}, p11),
    sc("contract not on hold - nothing recorded",
       base11, in11, {"error": False, "queries": [q("SELECT COUNT(*) FROM CI_SA_CHAR", "0")]}, p11),
    sc("hold already released earlier - nothing recorded",
       base11 + ["INSERT INTO CI_SA_CHAR (SA_ID, CHAR_TYPE_CD, EFFDT, CHAR_VAL) VALUES ('3000000001', 'NW-COLHD', DATE '2026-01-01', 'Y')",
                 "INSERT INTO CI_SA_CHAR (SA_ID, CHAR_TYPE_CD, EFFDT, CHAR_VAL) VALUES ('3000000001', 'NW-COLHD', DATE '2026-03-01', 'N')"], in11,
       {"error": False, "queries": [q("SELECT COUNT(*) FROM CI_SA_CHAR", "2")]}, p11),
]

# ============================================================================= n12
base12 = ADMIN + [acct(), sa("3000000001", sa_type="NWELEC")] + pay(amount="900.00")
p12 = [{"role": "credit balance contract SA type", "type": "string", "value": "NWCREDIT"}]
in12 = [("setAccount", "1000000001"), ("setPayment", "600000000001")]
CASES["n12"] = [
    sc("excess goes to the active credit balance contract",
       base12 + [sa("3000000002", sa_type="NWCREDIT", start="2025-06-01")], in12,
       {"error": False, "outputs": [out("getOverpaymentServiceAgreement", "3000000002")]}, p12),
    sc("stopped credit balance contract is not used",
       base12 + [sa("3000000002", sa_type="NWCREDIT", status="40", start="2025-06-01")], in12,
       {"error": False, "outputs": [out("getOverpaymentServiceAgreement", None)]}, p12),
    sc("account without credit balance contract - nothing returned",
       base12 + [sa("3000000003", sa_type="NWGAS", start="2025-06-01")], in12,
       {"error": False, "outputs": [out("getOverpaymentServiceAgreement", None)]}, p12),
]

# ============================================================================= n13
base13 = ADMIN + [acct(), acct("1000000002"), bill("200000000001", status="C"), bill("200000000002", acct_id="1000000002", status="C")]
in13 = [("setPayment", "600000000001")]
CASES["n13"] = [
    sc("payment matched to a bill of another account is rejected",
       base13 + pay(match_type="BILLID", match_val="200000000002"), in13, {"error": True}),
    sc("payment matched to a bill that does not exist is rejected",
       base13 + pay(match_type="BILLID", match_val="299999999999"), in13, {"error": True}),
    sc("payment matched to the payer's own bill is fine",
       base13 + pay(match_type="BILLID", match_val="200000000001"), in13, {"error": False}),
    sc("payment matched by contract is not checked",
       base13 + pay(match_type="SAID", match_val="3000000009"), in13, {"error": False}),
]

# ============================================================================= n14
def td_entry(status):
    return [td_type("NW-BHREV", "Billing hold review"),
            f"INSERT INTO CI_TD_ENTRY (TD_ENTRY_ID, TD_TYPE_CD, ENTRY_STATUS_FLG, ROLE_ID, CRE_DTTM, COMMENTS) VALUES ('TD000000000001', 'NW-BHREV', '{status}', 'BILLING', TIMESTAMP '2026-06-01 09:00:00', 'Review billing hold')",
            "INSERT INTO CI_TD_DRLKEY (TD_ENTRY_ID, SEQ_NUM, KEY_VALUE) VALUES ('TD000000000001', 1, '1000000001')"]


base14 = ADMIN + [acct(), acct("1000000002"), char_type("NW-BHOLD", "DFV", "Billing hold"),
                  "INSERT INTO CI_ACCT_CHAR (ACCT_ID, CHAR_TYPE_CD, EFFDT, CHAR_VAL) VALUES ('1000000001', 'NW-BHOLD', DATE '2026-05-01', 'Y')",
                  "INSERT INTO CI_ACCT_CHAR (ACCT_ID, CHAR_TYPE_CD, EFFDT, CHAR_VAL) VALUES ('1000000002', 'NW-BHOLD', DATE '2026-05-01', 'Y')"]
p14 = [{"role": "billing hold characteristic type", "type": "entity", "entityName": "characteristicType", "value": "NW-BHOLD"}]
in14 = [("setNewToDoEntry", "TD000000000001")]
CASES["n14"] = [
    sc("completed review To Do lifts the billing hold of its account",
       base14 + td_entry("C"), in14,
       {"error": False, "queries": [
           q("SELECT COUNT(*) FROM CI_ACCT_CHAR WHERE ACCT_ID = '1000000001'", "2"),
           q("SELECT TRIM(CHAR_VAL) FROM CI_ACCT_CHAR WHERE ACCT_ID = '1000000001' AND TRIM(CHAR_TYPE_CD) = 'NW-BHOLD' AND EFFDT = DATE '2026-06-15'", "N"),
           q("SELECT COUNT(*) FROM CI_ACCT_CHAR WHERE ACCT_ID = '1000000002'", "1")]}, p14),
    sc("open review To Do does not change the hold",
       base14 + td_entry("O"), in14,
       {"error": False, "queries": [q("SELECT COUNT(*) FROM CI_ACCT_CHAR", "2")]}, p14),
    sc("review To Do being worked on does not change the hold",
       base14 + td_entry("W"), in14,
       {"error": False, "queries": [q("SELECT COUNT(*) FROM CI_ACCT_CHAR", "2")]}, p14),
]

# ============================================================================= n15
def cc(per_id="8000000001"):
    return (f"INSERT INTO CI_CC (CC_ID, PER_ID, CC_CL_CD, CC_TYPE_CD, CC_DTTM, DESCR254) "
            f"VALUES ('7000000001', '{per_id}', 'COLL', 'DUN1', TIMESTAMP '2026-06-12 10:30:00', 'First reminder letter')")


base15 = ADMIN + [char_type("NW-LDUNL", "ADV", "Last dunning letter date")]
p15 = [{"role": "last dunning letter date characteristic type", "type": "entity", "entityName": "characteristicType", "value": "NW-LDUNL"}]
in15 = [("setContactId", "7000000001"), ("setContactType", "DUN1"), ("setPersonId", "8000000001")]
CASES["n15"] = [
    sc("dunning letter to a business records the letter date on the person",
       base15 + person("8000000001", "B", name="Acme Bakeries Ltd") + [cc()], in15,
       {"error": False, "queries": [
           q("SELECT COUNT(*) FROM CI_PER_CHAR WHERE PER_ID = '8000000001'", "1"),
           q("SELECT ADHOC_CHAR_VAL FROM CI_PER_CHAR WHERE PER_ID = '8000000001' AND TRIM(CHAR_TYPE_CD) = 'NW-LDUNL' AND EFFDT = DATE '2026-06-12'", "2026-06-12")]}, p15),
    sc("dunning letter to an individual records nothing",
       base15 + person("8000000001", "P", name="Smith,John") + [cc()], in15,
       {"error": False, "queries": [q("SELECT COUNT(*) FROM CI_PER_CHAR", "0")]}, p15),
]

# ============================================================================= n16
base16 = ADMIN + [acct(), sa(status="05")]
in16 = [("setServiceAgreement", "3000000001")]
CASES["n16"] = [
    sc("main customer without e-mail blocks activation",
       base16 + person("8000000001", "B") + [acct_per("1000000001", "8000000001")], in16, {"error": True}),
    sc("main customer with e-mail - contract activates",
       base16 + person("8000000001", "B", email="accounts@acmebakeries.co.uk") + [acct_per("1000000001", "8000000001")],
       in16, {"error": False}),
    sc("only a secondary person has an e-mail - still blocked",
       base16 + person("8000000001", "B") + person("8000000002", "P", email="j.smith@example.co.uk")
       + [acct_per("1000000001", "8000000001"), acct_per("1000000001", "8000000002", main="N")], in16, {"error": True}),
]

# ============================================================================= n17
base17 = ADMIN + [acct(), "INSERT INTO CI_ADJ_TYPE (ADJ_TYPE_CD, DESCR) VALUES ('NWGOODW', 'Goodwill credit')"]
p17 = [{"role": "contract SA type code", "type": "string", "value": "NWELEC"}]
in17 = [("setAccount", "1000000001"), ("setAdjustmentType", "NWGOODW"), ("setAdjustmentAmount", "-25.00"),
        ("setAdjustmentDate", "2026-06-01"), ("setExternalReferenceId", "CMP-1001")]
CASES["n17"] = [
    sc("most recently started active contract of the type is chosen",
       base17 + [sa("3000000001", start="2025-01-01"), sa("3000000002", start="2026-02-01"),
                 sa("3000000003", sa_type="NWGAS", start="2026-04-01"),
                 sa("3000000004", status="40", start="2026-05-01")], in17,
       {"error": False, "outputs": [out("getServiceAgreement", "3000000002")]}, p17),
    sc("single active contract of the type",
       base17 + [sa("3000000001", start="2025-01-01"), sa("3000000003", sa_type="NWGAS", start="2026-04-01")], in17,
       {"error": False, "outputs": [out("getServiceAgreement", "3000000001")]}, p17),
    sc("no active contract of the type - no contract",
       base17 + [sa("3000000001", status="40", start="2025-01-01"), sa("3000000003", sa_type="NWGAS", start="2026-04-01")], in17,
       {"error": False, "outputs": [out("getServiceAgreement", None)]}, p17),
]

# ============================================================================= n18
base18 = ADMIN + [acct(), sa(), sa("3000000002", sa_type="NWGAS"), bill(status="C"), char_type("NW-LRGBL", "DFV", "Large bill")]
p18 = [{"role": "large bill threshold amount", "type": "decimal", "value": "1000"},
       {"role": "large bill characteristic type", "type": "entity", "entityName": "characteristicType", "value": "NW-LRGBL"}]
in18 = [("setBill", "200000000001")]
CASES["n18"] = [
    sc("bill over the threshold is flagged",
       base18 + [bseg("400000000001"), calc("400000000001", 1, "1800.00"),
                 bseg("400000000002", sa_id="3000000002"), calc("400000000002", 1, "450.25"), calc("400000000002", 2, "250.25")], in18,
       {"error": False, "queries": [
           q("SELECT COUNT(*) FROM CI_BILL_CHAR WHERE BILL_ID = '200000000001'", "1"),
           q("SELECT TRIM(CHAR_VAL) FROM CI_BILL_CHAR WHERE BILL_ID = '200000000001' AND TRIM(CHAR_TYPE_CD) = 'NW-LRGBL'", "Y")]}, p18),
    sc("bill under the threshold is not flagged",
       base18 + [bseg("400000000001"), calc("400000000001", 1, "180.00"),
                 bseg("400000000002", sa_id="3000000002"), calc("400000000002", 1, "120.00"),
                 bill("200000000002", status="C", bill_dt="2026-05-01"), bseg("400000000003", bill_id="200000000002"),
                 calc("400000000003", 1, "5000.00")], in18,
       {"error": False, "queries": [q("SELECT COUNT(*) FROM CI_BILL_CHAR", "0")]}, p18),
]

# ============================================================================= n19
base19 = ADMIN + [acct(), sa(), sa("3000000002", sa_type="NWGAS"), bill(), char_type("NW-ZBOPT", "DFV", "Zero bill opt-out")]
optout = "INSERT INTO CI_ACCT_CHAR (ACCT_ID, CHAR_TYPE_CD, EFFDT, CHAR_VAL) VALUES ('1000000001', 'NW-ZBOPT', DATE '2026-01-01', '{}')"
p19 = [{"role": "zero bill opt-out characteristic type", "type": "entity", "entityName": "characteristicType", "value": "NW-ZBOPT"}]
in19 = [("setBill", "200000000001"), ("setAccount", "1000000001"), ("setBillDate", "2026-06-01"),
        ("setAccountingDate", "2026-06-01")]
CASES["n19"] = [
    sc("zero bill of an opted-out account is deleted",
       base19 + [optout.format("Y"), bseg("400000000001", status="30"), calc("400000000001", 1, "0.00")], in19,
       {"error": False, "outputs": [out("getBillCompletionAction", "DELETE_BILL")]}, p19),
    sc("segments that net to zero count as a zero bill",
       base19 + [optout.format("Y"), bseg("400000000001", status="30"), calc("400000000001", 1, "20.00"),
                 bseg("400000000002", sa_id="3000000002", status="30"), calc("400000000002", 1, "-20.00")], in19,
       {"error": False, "outputs": [out("getBillCompletionAction", "DELETE_BILL")]}, p19),
    sc("opted-out account with an amount due gets its bill",
       base19 + [optout.format("Y"), bseg("400000000001", status="30"), calc("400000000001", 1, "45.10")], in19,
       {"error": False, "outputs": [out("getBillCompletionAction", "CARRYONWITH_BILL_COMPLETION")]}, p19),
    sc("zero bill of an account that did not opt out is completed",
       base19 + [bseg("400000000001", status="30"), calc("400000000001", 1, "0.00")], in19,
       {"error": False, "outputs": [out("getBillCompletionAction", "CARRYONWITH_BILL_COMPLETION")]}, p19),
    sc("opt-out characteristic set to N - bill completed",
       base19 + [optout.format("N"), bseg("400000000001", status="30"), calc("400000000001", 1, "0.00")], in19,
       {"error": False, "outputs": [out("getBillCompletionAction", "CARRYONWITH_BILL_COMPLETION")]}, p19),
]


def main():
    os.makedirs(OUT, exist_ok=True)
    total = 0
    for cid, scenarios in CASES.items():
        with open(os.path.join(OUT, f"{cid}.json"), "w", encoding="utf-8") as fh:
            json.dump({"case": cid, "scenarios": scenarios}, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
        total += len(scenarios)
    print(f"{len(CASES)} cases, {total} scenarios")


if __name__ == "__main__":
    main()
