"""Behaviour eval: the executable framework keeps the API, runs real algorithms over H2, and the
runner tells an algorithm that acts from one that does not.

Real javac, real H2 (``/usr/share/java/h2.jar``), real JVM; the exec jar is built once (cached
under the ormb-assist cache folder) and shared by the module.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import pytest

from ormb_assist.generation.behaviour import binding, framework, runner
from ormb_assist.generation.behaviour.schema import h2_statements, workspace_tables

REPO = Path(__file__).resolve().parents[1]
WORKSPACE = REPO / "examples" / "workspace"

pytestmark = pytest.mark.skipif(
    shutil.which("javac") is None or shutil.which("javap") is None, reason="needs a JDK (javac, javap)"
)


@pytest.fixture(scope="module")
def exec_jar() -> Path:
    try:
        framework.h2_jar()
    except framework.FrameworkBuildError as exc:
        pytest.skip(str(exc))
    return framework.exec_jar()


@pytest.fixture(scope="module")
def ctx(tmp_path_factory: pytest.TempPathFactory) -> runner.CompileContext:
    return runner.CompileContext.from_workspace(WORKSPACE, tmp_path_factory.mktemp("gen"))


@pytest.fixture(scope="module")
def schema() -> list[str]:
    return h2_statements(WORKSPACE / "db")


def run_case(tmp_path: Path, ctx: runner.CompileContext, exec_jar: Path, schema: list[str], code: str,
             scenarios: list[dict[str, Any]]) -> list[runner.ScenarioOutcome]:  # fmt: skip
    package = re.search(r"package\s+([\w.]+);", code).group(1)
    name = re.search(r"public\s+class\s+(\w+)", code).group(1)
    fqn = f"{package}.{name}"
    compiled = runner.compile_classes({fqn: code}, ctx, exec_jar, tmp_path)
    assert compiled.ok, compiled.errors
    return runner.run_scenarios(fqn, compiled.classes_dir, scenarios, schema, exec_jar, code)


# ---- (a) the exec build has the API of framework-src --------------------------------------------
def _javap(classes_root: Path, names: list[str]) -> dict[str, list[str]]:
    out = subprocess.run(["javap", "-protected", "-cp", str(classes_root), *names], capture_output=True,
                         text=True, check=True).stdout  # fmt: skip
    members: dict[str, list[str]] = {}
    current = ""
    for line in out.splitlines():
        if line.startswith("Compiled from"):
            continue
        if not line.startswith(" ") and line.rstrip().endswith("{"):
            current = line.strip()
            members[current] = []
        elif line.startswith("  ") and current:
            members[current].append(line.strip())
    return {k: sorted(v) for k, v in members.items()}


def test_exec_build_has_the_same_public_api(exec_jar, tmp_path):
    api = tmp_path / "api"
    api.mkdir()
    sources = sorted(str(p) for p in framework.FRAMEWORK_SRC.rglob("*.java"))
    subprocess.run(["javac", *framework.FAST_JVM, "--release", "17", "-parameters", "-nowarn", "-proc:none",
                    "-d", str(api), *sources], check=True, capture_output=True)  # fmt: skip
    api_classes = sorted(p.relative_to(api).as_posix()[:-6] for p in api.rglob("*.class"))
    exec_dir = tmp_path / "exec"
    with zipfile.ZipFile(exec_jar) as z:
        z.extractall(exec_dir)
    exec_classes = sorted(
        p.relative_to(exec_dir).as_posix()[:-6]
        for p in exec_dir.rglob("*.class")
        if not p.relative_to(exec_dir).as_posix().startswith(framework.RUNTIME_PACKAGE + "/")
    )
    assert exec_classes == api_classes
    names = [c.replace("/", ".") for c in api_classes]
    assert _javap(exec_dir, names) == _javap(api, names)


def test_every_entity_interface_has_a_table_and_columns():
    mappings = framework.entity_mappings()
    sources = list(framework.FRAMEWORK_SRC.rglob("*.java"))
    entities = [
        p for p in sources if re.search(r"interface\s+\w+\s+extends\s+BusinessEntity\b", p.read_text())
    ]
    assert len(mappings) == len(entities) >= 30
    bill = mappings["com.splwg.ccb.domain.billing.bill.Bill"]
    assert bill.table == "CI_BILL" and bill.columns["getAccount"] == ["ACCT_ID"]
    assert bill.children["getCharacteristics"] == "CI_BILL_CHAR"
    sa = mappings["com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement"]
    assert sa.table == "CI_SA" and sa.columns["getServiceAgreementType"] == ["CIS_DIVISION", "SA_TYPE_CD"]


# ---- (b) hand-written algorithms pass / fail their scenarios ------------------------------------
SPOT_STUBS = """
    public void setAccount(com.splwg.ccb.domain.customerinfo.account.Account account) { }
    public void setAccountingDate(com.splwg.base.api.datatypes.Date accountingDate) { }
    public void setBillDate(com.splwg.base.api.datatypes.Date billDate) { }
    public void setBillSegments(java.util.List<com.splwg.ccb.domain.billing.billSegment.BillSegment> segments) { }
    public void setAllowReopeningOfBills(com.splwg.base.api.datatypes.Bool allow) { }
    public void setCreditNoteForBill(Bill creditNoteForBill) { }
    public com.splwg.base.api.datatypes.Bool getAllowReopeningOfBills() { return com.splwg.base.api.datatypes.Bool.TRUE; }
    public com.splwg.shared.common.ServerMessage getServerMessage() { return null; }
"""

LIMIT_ALGORITHM = (
    """package com.splwg.cm.domain.billing.algorithm;

import java.math.BigDecimal;

import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.domain.StandardMessages;
import com.splwg.ccb.api.lookup.BillCompletionActionLookup;
import com.splwg.ccb.domain.admin.customerClass.CustomerClassPreBillCompletionAlgorithmSpot;
import com.splwg.ccb.domain.billing.bill.Bill;

/**
 * @AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = maxBillAmount, required = true, type = decimal)})
 */
public class CmTestBillLimit_Impl extends CmTestBillLimit_Gen implements CustomerClassPreBillCompletionAlgorithmSpot {

    private Bill bill;
    private BillCompletionActionLookup action = BillCompletionActionLookup.constants.CARRYONWITH_BILL_COMPLETION;

    @Override
    public void invoke() {
        BigDecimal total;
        PreparedStatement ps = createPreparedStatement("SELECT NVL(SUM(C.CALC_AMT), 0) AS TOTAL FROM CI_BSEG S, "
                + "CI_BSEG_CALC C WHERE S.BILL_ID = :billId AND C.BSEG_ID = S.BSEG_ID", "CmTestBillLimit - total");
        try {
            ps.bindId("billId", bill.getId());
            total = ps.firstRow().getBigDecimal("TOTAL");
        } finally {
            ps.close();
        }
        if (total.compareTo(getMaxBillAmount()) > 0) {
            addError(StandardMessages.fieldInvalid("bill total", total.toPlainString()));
        }
    }

    public void setBill(Bill bill) { this.bill = bill; }
    public BillCompletionActionLookup getBillCompletionAction() { return action; }
"""
    + SPOT_STUBS
    + "}\n"
)

TODO_ALGORITHM = (
    """package com.splwg.cm.domain.billing.algorithm;

import java.math.BigInteger;

import com.splwg.base.api.businessService.BusinessServiceDispatcher;
import com.splwg.base.api.businessService.BusinessServiceInstance;
import com.splwg.base.domain.common.characteristicType.CharacteristicType;
import com.splwg.ccb.api.lookup.BillCompletionActionLookup;
import com.splwg.ccb.domain.admin.customerClass.CustomerClassPreBillCompletionAlgorithmSpot;
import com.splwg.ccb.domain.billing.bill.Bill;
import com.splwg.ccb.domain.billing.bill.BillCharacteristic_DTO;

/** To Do and a bill characteristic for bills of accounts without a bill cycle; parameters read by name. */
public class CmTestToDo_Impl extends CmTestToDo_Gen implements CustomerClassPreBillCompletionAlgorithmSpot {

    private Bill bill;

    @Override
    public void invoke() {
        if (bill.getAccount().getBillCycle() != null) {
            return;
        }
        BusinessServiceInstance toDo = BusinessServiceInstance.create("F1-AddToDoEntry");
        toDo.set("toDoType", getStringSoftParameter("reviewToDoType"));
        toDo.set("drillKey1", bill.getId().getIdValue());
        toDo.set("comments", "no bill cycle on " + bill.getAccount().getId().getTrimmedValue());
        BusinessServiceDispatcher.execute(toDo);
        CharacteristicType flag = new com.splwg.base.domain.common.characteristicType.CharacteristicType_Id(
                getStringSoftParameter("flagCharType")).getEntity();
        BillCharacteristic_DTO dto = bill.getCharacteristics().newChildDTO();
        dto.setAdhocCharacteristicValue("REVIEW");
        bill.getCharacteristics().add(dto, flag.getId(), BigInteger.ONE);
    }

    public void setBill(Bill bill) { this.bill = bill; }
    public BillCompletionActionLookup getBillCompletionAction() { return null; }
"""
    + SPOT_STUBS
    + "}\n"
)

DO_NOTHING = LIMIT_ALGORITHM.replace("CmTestBillLimit", "CmTestNothing").replace(
    "if (total.compareTo(getMaxBillAmount()) > 0) {", "if (total == null) {"
)

BILL_SEED = [
    "INSERT INTO CI_ACCT (ACCT_ID, CUST_CL_CD, CURRENCY_CD) VALUES ('1000000001', 'COMM', 'USD')",
    "INSERT INTO CI_BILL (BILL_ID, ACCT_ID, BILL_STAT_FLG) VALUES ('200000000001', '1000000001', 'P')",
    "INSERT INTO CI_BSEG (BSEG_ID, BILL_ID, SA_ID, BSEG_STAT_FLG) VALUES ('300000000001', '200000000001', 'S1', '50')",
]


def _limit_scenarios() -> list[dict[str, Any]]:
    def calc(amount: str) -> str:
        return ("INSERT INTO CI_BSEG_CALC (BSEG_ID, HEADER_SEQ, CURRENCY_CD, CALC_AMT) "
                f"VALUES ('300000000001', 1, 'USD', {amount})")  # fmt: skip

    common = {
        "inputs": [
            {"setter": "setBill", "value": "200000000001"},
            {"setter": "setBillDate", "value": "2026-01-31"},
        ],
        "soft_parameters": [{"role": "maximum bill amount limit", "type": "decimal", "value": "500"}],
    }
    return [
        {"name": "above the limit", "seed": [*BILL_SEED, calc("650.50")], **common,
         "expect": {"error": True, "queries": [{"sql": "SELECT SUM(CALC_AMT) FROM CI_BSEG_CALC", "value": "650.5"}],
                    "outputs": [{"getter": "getBillCompletionAction", "value": "CARRYONWITH_BILL_COMPLETION"}]}},
        {"name": "below the limit", "seed": [*BILL_SEED, calc("400")], **common, "expect": {"error": False}},
    ]  # fmt: skip


def test_limit_algorithm_passes_both_scenarios(tmp_path, ctx, exec_jar, schema):
    outcomes = run_case(tmp_path, ctx, exec_jar, schema, LIMIT_ALGORITHM, _limit_scenarios())
    assert [(o.name, o.passed, o.reasons) for o in outcomes] == [
        ("above the limit", True, []),
        ("below the limit", True, []),
    ]
    assert outcomes[0].raw["bindings"] == {"maxBillAmount": "maximum bill amount limit"}


def test_do_nothing_class_fails_the_acting_scenario(tmp_path, ctx, exec_jar, schema):
    outcomes = run_case(tmp_path, ctx, exec_jar, schema, DO_NOTHING, _limit_scenarios())
    assert not outcomes[0].passed and outcomes[0].reasons == ["error: expected true, got false"]
    assert outcomes[1].passed


def test_todo_and_characteristic_algorithm(tmp_path, ctx, exec_jar, schema):
    roles = [
        {"role": "to do type for review", "type": "entity", "entityName": "toDoType", "value": "CM-REVIEW"},
        {
            "role": "flag characteristic type",
            "type": "entity",
            "entityName": "characteristicType",
            "value": "CM-FLAG",
        },
    ]
    acts = {
        "name": "account without bill cycle gets a To Do", "seed": BILL_SEED, "soft_parameters": roles,
        "inputs": [{"setter": "setBill", "value": "200000000001"}],
        "expect": {"error": False, "queries": [
            {"sql": "SELECT TD_TYPE_CD FROM CI_TD_ENTRY WHERE ENTRY_STATUS_FLG = 'O'", "value": "CM-REVIEW"},
            {"sql": "SELECT KEY_VALUE FROM CI_TD_DRLKEY WHERE SEQ_NUM = 1", "value": "200000000001"},
            {"sql": "SELECT CRE_DTTM FROM CI_TD_ENTRY", "value": "2026-06-15 10:00:00"},
            {"sql": "SELECT ADHOC_CHAR_VAL FROM CI_BILL_CHAR WHERE CHAR_TYPE_CD = 'CM-FLAG'", "value": "REVIEW"},
        ]},
    }  # fmt: skip
    quiet = {
        "name": "account with a bill cycle: nothing",
        "seed": [BILL_SEED[0].replace("(ACCT_ID,", "(BILL_CYC_CD, ACCT_ID,").replace("('1000", "('BK01', '1000"),
                 *BILL_SEED[1:], "INSERT INTO CI_BILL_CYC (BILL_CYC_CD) VALUES ('BK01')"],
        "soft_parameters": roles, "inputs": [{"setter": "setBill", "value": "200000000001"}],
        "expect": {"error": False, "queries": [{"sql": "SELECT COUNT(*) FROM CI_TD_ENTRY", "value": "0"},
                                                {"sql": "SELECT COUNT(*) FROM CI_BILL_CHAR", "value": "0"}]},
    }  # fmt: skip
    outcomes = run_case(tmp_path, ctx, exec_jar, schema, TODO_ALGORITHM, [acts, quiet])
    assert [(o.passed, o.reasons) for o in outcomes] == [(True, []), (True, [])]
    assert outcomes[0].raw["bindings"] == {"reviewToDoType": "to do type for review",
                                           "flagCharType": "flag characteristic type"}  # fmt: skip


# ---- (c) the workspace DDL becomes H2 tables ----------------------------------------------------
NOOP = (
    """package com.splwg.cm.domain.billing.algorithm;

import com.splwg.ccb.domain.admin.customerClass.CustomerClassPreBillCompletionAlgorithmSpot;
import com.splwg.ccb.api.lookup.BillCompletionActionLookup;
import com.splwg.ccb.domain.billing.bill.Bill;

public class CmTestNoop_Impl extends com.splwg.base.api.algorithms.AbstractAlgorithmComponent
        implements CustomerClassPreBillCompletionAlgorithmSpot {
    public void invoke() { }
    public void setBill(Bill bill) { }
    public BillCompletionActionLookup getBillCompletionAction() { return null; }
"""
    + SPOT_STUBS
    + "}\n"
)


def test_every_workspace_table_is_created_in_h2(tmp_path, ctx, exec_jar, schema):
    created = re.findall(r"(?im)^\s*create\s+table\s+(?:\"?\w+\"?\.)?\"?(\w+)\"?", "\n".join(
        p.read_text() for p in sorted((WORKSPACE / "db").glob("*.sql"))))  # fmt: skip
    tables, defaults = workspace_tables(WORKSPACE / "db")
    assert {t.upper() for t in created} == set(tables)
    assert tables["CI_TD_DRLKEY"].primary_key == ["TD_ENTRY_ID", "SEQ_NUM"]  # salvaged: the file is malformed
    assert defaults["CI_BILL"]["LATE_PAY_CHARGE_SW"] == "'N'"
    scenario = {"name": "tables", "seed": ["INSERT INTO CI_ACCT (ACCT_ID) VALUES ('A1')"],
                "expect": {"queries": [{"sql": f"SELECT COUNT(*) FROM {t}", "value": "1" if t == "CI_ACCT" else "0"}
                                       for t in sorted(tables)]
                           + [{"sql": "SELECT ACCT_STATUS_FLG FROM CI_ACCT", "value": "10"}]}}  # fmt: skip
    outcome = run_case(tmp_path, ctx, exec_jar, schema, NOOP, [scenario])[0]
    assert outcome.passed, outcome.reasons


# ---- (d) soft parameters bound by role ----------------------------------------------------------
def test_binding_picks_the_parameter_by_name_among_two_of_one_type():
    code = """
        /**
         * @AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = minimumBalanceThreshold, type = decimal)
         *   , @AlgorithmSoftParameter (name = maxBillAmt, type = decimal)})
         */
        class X { void f() { getIntegerSoftParameter("graceDays"); cfg("holdCharType"); } }
    """
    helper = "protected String cfg(String name) { return getStringSoftParameter(name); }"
    params = binding.declared_parameters(code, [helper])
    assert [(p.name, p.type) for p in params] == [
        ("minimumBalanceThreshold", "decimal"), ("maxBillAmt", "decimal"), ("graceDays", "integer"),
        ("holdCharType", "string"),
    ]  # fmt: skip
    roles = binding.roles_of({"soft_parameters": [
        {"role": "maximum bill amount", "type": "decimal", "value": "500"},
        {"role": "minimum account balance", "type": "decimal", "value": "10"},
        {"role": "grace period in days", "type": "integer", "value": "30"},
        {"role": "billing hold characteristic type", "type": "entity", "value": "CM-HOLD"},
    ]})  # fmt: skip
    bound = binding.bind(params, roles)
    assert {k: v.value for k, v in bound.items() if v} == {
        "minimumBalanceThreshold": "10", "maxBillAmt": "500", "graceDays": "30", "holdCharType": "CM-HOLD",
    }  # fmt: skip
    annotated = '@AlgorithmComponent(softParameters = {@AlgorithmSoftParameter(name = "tdType", type = "entity", entityName = "toDoType")})'
    assert [(p.name, p.type, p.entity_name) for p in binding.declared_parameters(annotated)] == [
        ("tdType", "entity", "toDoType")
    ]
    reversed_roles = list(reversed(roles))
    assert binding.bind(params, reversed_roles)["maxBillAmt"].value == "500"
    assert binding.bind([binding.DeclaredParameter("limit", "date")], roles) == {"limit": None}


def test_gen_getters_read_soft_parameters_by_name(ctx):
    from ormb_assist.generation.gen_stub import render_gen_classes
    from ormb_assist.indexer.java_parser import parse_java

    code = """package com.x;
/**
 * @AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = limitAmt, type = decimal)
 *   , @AlgorithmSoftParameter (entityName = toDoType, name = reviewToDoType, type = entity)
 *   , @AlgorithmSoftParameter (name = startDate, type = date), @AlgorithmSoftParameter (name = label, type = string)})
 */
public class CmY_Impl extends CmY_Gen implements com.splwg.ccb.domain.admin.customerClass.CustomerClassPreBillCompletionAlgorithmSpot {
    public void invoke() { }
}
"""
    gen = render_gen_classes(parse_java(code, "com/x/CmY_Impl.java"), ctx.jar_classes, source=code)[
        "com.x.CmY_Gen"
    ]
    assert 'return getDecimalSoftParameter("limitAmt");' in gen
    assert 'return getDateSoftParameter("startDate");' in gen
    assert 'return getStringSoftParameter("label");' in gen
    assert 'String code = getStringSoftParameter("reviewToDoType");' in gen
    assert "new ToDoType_Id(code).getEntity()" in gen


# ---- entities: DTO round trip, effective characteristic, DTO insert, result rows, data inputs -----
TERMS_ALGORITHM = """package com.splwg.cm.domain.billing.algorithm;

import com.splwg.base.api.datatypes.Bool;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.base.api.sql.SQLResultRow;
import com.splwg.base.domain.StandardMessages;
import com.splwg.base.domain.common.characteristicType.CharacteristicType_Id;
import com.splwg.base.domain.common.currency.Currency;
import com.splwg.base.domain.todo.toDoEntry.ToDoEntry;
import com.splwg.base.domain.todo.toDoEntry.ToDoEntry_DTO;
import com.splwg.base.domain.todo.toDoType.ToDoType_Id;
import com.splwg.ccb.api.lookup.BillStatusLookup;
import com.splwg.ccb.domain.admin.customerClass.CustomerClassBillCompletionAlgorithmSpot;
import com.splwg.ccb.domain.billing.bill.Bill;
import com.splwg.ccb.domain.billing.bill.BillData;
import com.splwg.ccb.domain.billing.bill.Bill_DTO;
import com.splwg.ccb.domain.customerinfo.account.Account;
import com.splwg.ccb.domain.customerinfo.account.AccountCharacteristic;

public class CmTestTerms_Impl extends com.splwg.base.api.algorithms.AbstractAlgorithmComponent
        implements CustomerClassBillCompletionAlgorithmSpot {

    private BillData billData;

    @Override
    public void invoke() {
        Bill bill = billData.getBill();
        PreparedStatement ps = createPreparedStatement("SELECT ACCT_ID, BILL_STAT_FLG FROM CI_BILL WHERE BILL_ID = :id", "t");
        ps.bindId("id", bill.getId());
        SQLResultRow row = ps.firstRow();
        Account account = row.getEntity("ACCT_ID", Account.class);
        if (!row.getLookup("BILL_STAT_FLG", BillStatusLookup.class).isPending() || !account.equals(bill.getAccount())) {
            addError(StandardMessages.systemError("bill is not pending"));
        }
        AccountCharacteristic terms = account.getEffectiveCharacteristic(new CharacteristicType_Id("CM-TERMS").getEntity());
        if (terms == null) {
            return;
        }
        int days = Integer.parseInt(terms.getAdhocCharacteristicValue().trim());
        Date due = billData.getBillDate().addDays(days);
        billData.setDueDate(due);
        Bill_DTO dto = bill.getDTO();
        dto.setDueDate(due);
        bill.setDTO(dto);
        ToDoEntry_DTO toDo = createDTO(ToDoEntry.class);
        toDo.setToDoTypeId(new ToDoType_Id("CM-TERMS"));
        toDo.setComments("terms " + days + " " + terms.getCharacteristicType().getId().getTrimmedValue());
        toDo.newEntity();
    }

    public void setBillData(BillData billData) { this.billData = billData; }
    public void setBillDate(Date billDate) { }
    public void setAccountingDate(Date accountingDate) { }
    public void setCurrency(Currency currency) { }
    public BillData getBillData() { return billData; }
    public Bool getAllowBillReopen() { return Bool.FALSE; }
}
"""


def test_entities_dtos_and_effective_characteristics(tmp_path, ctx, exec_jar, schema):
    seed = [
        BILL_SEED[0],
        BILL_SEED[1],
        "INSERT INTO CI_CHAR_TYPE (CHAR_TYPE_CD) VALUES ('CM-TERMS')",
        "INSERT INTO CI_ACCT_CHAR (ACCT_ID, CHAR_TYPE_CD, EFFDT, ADHOC_CHAR_VAL) VALUES ('1000000001', 'CM-TERMS', DATE '2025-01-01', '10')",
        "INSERT INTO CI_ACCT_CHAR (ACCT_ID, CHAR_TYPE_CD, EFFDT, ADHOC_CHAR_VAL) VALUES ('1000000001', 'CM-TERMS', DATE '2026-01-01', '30')",
        "INSERT INTO CI_ACCT_CHAR (ACCT_ID, CHAR_TYPE_CD, EFFDT, ADHOC_CHAR_VAL) VALUES ('1000000001', 'CM-TERMS', DATE '2027-01-01', '60')",
    ]
    data = {"setter": "setBillData", "value": {"bill": "200000000001", "billDate": "2026-01-31"}}
    acts = {"name": "terms set the due date", "seed": seed, "inputs": [data],
            "expect": {"error": False,
                       "outputs": [{"getter": "getBillData.getDueDate", "value": "2026-03-02"},
                                   {"getter": "getBillData.getBill.getAccount", "value": "1000000001"},
                                   {"getter": "getAllowBillReopen", "value": "false"}],
                       "queries": [{"sql": "SELECT DUE_DT FROM CI_BILL", "value": "2026-03-02"},
                                   {"sql": "SELECT ACCT_ID FROM CI_BILL", "value": "1000000001"},
                                   {"sql": "SELECT COMMENTS FROM CI_TD_ENTRY WHERE ENTRY_STATUS_FLG = 'O'",
                                    "value": "terms 30 CM-TERMS"}]}}  # fmt: skip
    quiet = {"name": "no terms: nothing", "seed": seed[:3], "inputs": [data],
             "expect": {"error": False, "outputs": [{"getter": "getBillData.getDueDate", "value": "null"}],
                        "queries": [{"sql": "SELECT DUE_DT FROM CI_BILL", "value": "null"},
                                    {"sql": "SELECT COUNT(*) FROM CI_TD_ENTRY", "not": "1"}]}}  # fmt: skip
    outcomes = run_case(tmp_path, ctx, exec_jar, schema, TERMS_ALGORITHM, [acts, quiet])
    assert [(o.passed, o.reasons) for o in outcomes] == [(True, []), (True, [])], [o.raw for o in outcomes]
