"""java_parser against ORMB-style sources: real tree-sitter, fixtures under tests/fixtures/parsers."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from ormb_assist.indexer.java_parser import parse_java
from ormb_assist.indexer.models import JavaClassInfo, JavaFileInfo

FIXTURES = Path(__file__).parent / "fixtures" / "parsers"
EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "workspace"


def _parse(name: str) -> tuple[JavaFileInfo, str]:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    return parse_java((FIXTURES / name).read_bytes(), name), text


def _line_of(text: str, needle: str, start: int = 0) -> int:
    """1-based line of the first occurrence of ``needle`` (after line ``start``)."""
    for number, line in enumerate(text.splitlines(), 1):
        if number > start and needle in line:
            return number
    raise AssertionError(f"{needle!r} not in fixture")


def _cls(info: JavaFileInfo, name: str) -> JavaClassInfo:
    return next(c for c in info.classes if c.name == name)


def test_algorithm_class_metadata_and_soft_parameters():
    info, text = _parse("CmValidateBillAmountAlgComp_Impl.java")
    assert info.errors == []
    assert info.package == "com.splwg.cm.domain.billing.algorithm"
    assert "com.splwg.base.api.sql.PreparedStatement" in info.imports
    (algo,) = info.classes
    assert algo.fqn == "com.splwg.cm.domain.billing.algorithm.CmValidateBillAmountAlgComp_Impl"
    assert (algo.kind, algo.role) == ("class", "algorithm")
    assert algo.extends == "CmValidateBillAmountAlgComp_Gen"
    assert algo.implements == ["CustomerClassPreBillCompletionAlgorithmSpot"]
    assert algo.implements_fqn == [
        "com.splwg.ccb.domain.admin.customerClass.CustomerClassPreBillCompletionAlgorithmSpot"
    ]
    assert algo.javadoc_tags == ["AlgorithmComponent"]  # @author is a block tag, not OUAF metadata
    assert algo.javadoc.startswith("Blocks bill completion when the bill total exceeds")
    assert "*" not in algo.javadoc.splitlines()[0]
    params = {p.name: p for p in algo.soft_parameters}
    assert list(params) == ["maxBillAmount", "flagCharType", "raiseError"]
    assert (params["maxBillAmount"].type, params["maxBillAmount"].required) == ("decimal", True)
    assert (params["flagCharType"].type, params["flagCharType"].entity_name) == (
        "entity",
        "characteristicType",
    )
    assert (params["raiseError"].type, params["raiseError"].lookup_name, params["raiseError"].required) == (
        "lookup",
        "yesNoOption",
        False,
    )
    assert params["maxBillAmount"].getter == "getMaxBillAmount"
    assert (algo.start_line, algo.end_line) == (
        _line_of(text, "public class CmValidate"),
        len(text.splitlines()),
    )


def test_methods_fields_and_lines():
    info, text = _parse("CmValidateBillAmountAlgComp_Impl.java")
    algo = info.classes[0]
    methods = {m.name: m for m in algo.methods}
    invoke = methods["invoke"]
    assert invoke.signature == "public void invoke()"
    assert invoke.annotations == ["Override"]
    assert invoke.javadoc == "Sums the bill's calculated amounts and stops completion above the threshold."
    assert invoke.start_line == _line_of(text, "@Override")  # annotations are part of the declaration
    assert invoke.end_line == _line_of(text, "markAccount(bill.getId().getIdValue());") + 1
    segs = methods["setBillSegments"]
    assert [(p.type, p.name) for p in segs.parameters] == [("List<BillSegment>", "segs")]
    assert methods["findSegments"].return_type == "List<SQLResultRow>"
    assert methods["markAccount"].modifiers == ["private"]
    fields = {f.name: f.type for f in algo.fields}
    assert fields["SUM_BILL_CALC_SQL"] == "String"
    assert fields["action"] == "BillCompletionActionLookup"


def test_sql_constants_text_blocks_builders_and_injection():
    info, text = _parse("CmValidateBillAmountAlgComp_Impl.java")
    refs = info.classes[0].sql
    by_table = {r.tables[0]: r for r in refs}
    assert set(by_table) == {"CI_BSEG_CALC", "CI_BILL", "CI_ACCT", "CI_ACCT_PER", "CI_BSEG"}

    # a "+"-concatenated constant, recorded where it is used
    constant = by_table["CI_BSEG_CALC"]
    assert constant.tables == ["CI_BSEG_CALC", "CI_BSEG"]
    assert constant.aliases == {"C": "CI_BSEG_CALC", "B": "CI_BSEG"}
    assert {"CI_BSEG_CALC.CALC_AMT", "CI_BSEG.BILL_ID", "CI_BSEG.BSEG_ID"} <= set(constant.columns)
    assert constant.binds == [":billId"]
    assert (constant.method, constant.line) == (
        "invoke",
        _line_of(text, "createPreparedStatement(SUM_BILL_CALC_SQL"),
    )

    # a Java value spliced into the SQL text: placeholder keeps it parseable, expression recorded
    injected = by_table["CI_BILL"]
    assert injected.concatenated_values == ["billId"]
    assert "'JAVA_EXPR_1'" in injected.sql and injected.parse_ok
    assert injected.columns == ["CI_BILL.BILL_STAT_FLG", "CI_BILL.BILL_ID"]
    assert injected.method == "markAccount"

    # StringBuilder.append over several statements, including one inside an if
    built = by_table["CI_ACCT"]
    assert built.binds == [":acctId", ":currency"]
    assert "CI_ACCT.CURRENCY_CD" in built.columns
    assert built.line == _line_of(text, 'sb.append("SELECT ACCT.ACCT_ID')

    # a text-block constant
    block = by_table["CI_ACCT_PER"]
    assert block.columns == ["CI_ACCT_PER.PER_ID", "CI_ACCT_PER.ACCT_ID", "CI_ACCT_PER.MAIN_CUST_SW"]
    assert block.aliases == {"AP": "CI_ACCT_PER"}

    # sql += ... and sql = sql + ...
    chained = by_table["CI_BSEG"]
    assert chained.sql == (
        "SELECT BSEG_ID, BSEG_STAT_FLG FROM CI_BSEG WHERE BILL_ID = :billId AND BSEG_STAT_FLG = :status"
    )
    assert chained.binds == [":billId", ":status"]
    assert chained.method == "findSegments"
    assert info.classes[0].tables == ["CI_BSEG_CALC", "CI_BSEG", "CI_BILL", "CI_ACCT", "CI_ACCT_PER"]


def test_batch_with_inner_worker():
    info, _ = _parse("CmFreezeAdjustmentsBatch.java")
    assert info.errors == []
    batch = _cls(info, "CmFreezeAdjustmentsBatch")
    worker = _cls(info, "CmFreezeAdjustmentsBatchWorker")
    assert batch.role == "batch" and worker.role == "batch"
    assert worker.enclosing == "CmFreezeAdjustmentsBatch"
    assert (
        worker.fqn
        == "com.splwg.cm.domain.adjustment.batch.CmFreezeAdjustmentsBatch.CmFreezeAdjustmentsBatchWorker"
    )
    assert [p.name for p in batch.soft_parameters] == ["statusList", "adjType"]
    assert batch.soft_parameters[1].entity_name == "adjustmentType"
    assert batch.javadoc_tags == ["BatchJob"]
    assert [m.name for m in batch.methods] == ["getJobWork", "getThreadWorkerClass"]  # worker's are its own
    execute = next(m for m in worker.methods if m.name == "executeWorkUnit")
    assert execute.throws == ["ThreadAbortedException", "RunAbortedException"]
    assert [(r.method, r.tables) for r in batch.sql] == [("getJobWork", ["CI_ADJ"])]
    assert [(r.method, r.binds) for r in worker.sql] == [("executeWorkUnit", [":adjId"])]


def test_interface_default_static_generics_and_nested_types():
    info, _ = _parse("CmBillThresholdAlgorithmSpot.java")
    spot = _cls(info, "CmBillThresholdAlgorithmSpot")
    assert spot.kind == "interface" and spot.role == "other"
    assert spot.extends_interfaces == ["AlgorithmSpot", "Comparable"]
    assert spot.implements_fqn == ["com.splwg.base.api.algorithms.AlgorithmSpot", "java.lang.Comparable"]
    assert spot.javadoc_tags == ["AlgorithmSpot"]
    methods = {m.name: m for m in spot.methods}
    assert (
        not methods["setBill"].is_default and methods["setBill"].javadoc == "Input: the bill being checked."
    )
    assert methods["isOverThreshold"].is_default and methods["isOverThreshold"].modifiers == ["default"]
    assert methods["describe"].is_default  # static interface methods need no implementation either
    assert methods["describe"].parameters[0].type == "String..."
    generic = methods["filterBills"]
    assert generic.type_parameters == "<T extends Bill>"
    assert [p.type for p in generic.parameters] == ["List<? extends T>", "Map<String, List<BigDecimal>>"]
    assert generic.throws == ["IllegalStateException"]
    factory = _cls(info, "Factory")
    assert factory.fqn == "com.splwg.cm.domain.billing.algorithm.CmBillThresholdAlgorithmSpot.Factory"
    mode = _cls(info, "Mode")
    assert mode.kind == "enum" and [m.name for m in mode.methods] == ["strict"]


def test_malformed_java_still_yields_classes_and_reports_lines():
    info, text = _parse("CmBrokenAlgComp_Impl.java")
    assert info.errors, "syntax errors must be reported"
    assert all(e.startswith("line ") and "syntax error near" in e for e in info.errors)
    assert f"line {_line_of(text, 'int x = ;')}:" in info.errors[0]
    (algo,) = info.classes
    assert algo.role == "algorithm"
    assert [m.name for m in algo.methods] == ["invoke", "setBill", "getBill"]
    assert [r.tables for r in algo.sql] == [["CI_BILL"]]


def test_broken_class_header_members_are_salvaged():
    source = (
        "package com.x;\n@@@ garbage !!\n"
        "public class CmHalfTyped_Impl extends CmHalfTyped_Gen implements FooAlgorithmSpot {\n"
        '  private static final String Q = "SELECT A FROM CI_ACCT";\n'
        '  public void invoke() { createPreparedStatement(Q, "q"); }\n}\n'
    )
    info = parse_java(source, "CmHalfTyped_Impl.java")
    (cls,) = info.classes
    assert (cls.name, cls.extends, cls.implements, cls.role) == (
        "CmHalfTyped_Impl",
        "CmHalfTyped_Gen",
        ["FooAlgorithmSpot"],
        "algorithm",
    )
    assert [m.name for m in cls.methods] == ["invoke"] and [f.name for f in cls.fields] == ["Q"]
    assert any("could not be parsed" in e for e in info.errors)
    assert cls.tables == ["CI_ACCT"]


def test_non_utf8_bytes_are_replaced_and_reported():
    source = b'package com.x;\n// caf\xe9 \xff\npublic class CmLatin1 {\n  String s = "x";\n}\n'
    info = parse_java(source, "CmLatin1.java")
    assert info.errors == ["line 2: not valid UTF-8; undecodable bytes replaced with U+FFFD"]
    assert [c.name for c in info.classes] == ["CmLatin1"]
    bom = parse_java(b"\xef\xbb\xbfpackage com.x;\nclass A {}\n", "A.java")
    assert bom.errors == [] and bom.package == "com.x"


def test_soft_parameter_variants_and_no_false_sql():
    source = """package com.x;
/**
@AlgorithmComponent ()
 */
public class CmEmpty_Impl extends CmEmpty_Gen {
    public void invoke() {
        logger.info("Update the bill when the select box changes");
        Query<QueryResultRow> q = createQuery("select b from Bill b where b.id = :id", "hql");
        String s = String.valueOf(new StringBuilder("SELECT BILL_ID").append(" FROM CI_BILL").append(" WHERE X = ").append(x).toString());
    }
}
/**
 * @BatchJob (softParameters = { @BatchJobSoftParameter (name = "maxErrors", type = "integer", required = "true",
 *     description = "stop after (n) errors, default 10")})
 */
class CmOther {}
"""
    info = parse_java(source, "CmEmpty_Impl.java")
    empty, other = info.classes
    assert empty.javadoc_tags == ["AlgorithmComponent"] and empty.soft_parameters == []
    assert empty.role == "algorithm"
    # the log message is not SQL and createQuery is HQL: only the builder expression is recorded
    (ref,) = empty.sql
    assert ref.sql == "SELECT BILL_ID FROM CI_BILL WHERE X = JAVA_EXPR_1"
    assert ref.concatenated_values == ["x"]
    (param,) = other.soft_parameters
    assert (param.name, param.type, param.required) == ("maxErrors", "integer", True)
    assert other.role == "batch"


def test_unused_sql_constant_is_recorded_at_its_declaration():
    source = """package com.x;
public interface CmSqlConstants {
    String BASE = "SELECT PER_ID FROM CI_PER ";
    String BY_DIVISION = BASE + "WHERE CIS_DIVISION = :division";
}
"""
    info = parse_java(source, "CmSqlConstants.java")
    (ref,) = info.classes[0].sql
    assert ref.sql == "SELECT PER_ID FROM CI_PER WHERE CIS_DIVISION = :division"
    assert (ref.method, ref.line, ref.columns) == ("", 4, ["CI_PER.PER_ID", "CI_PER.CIS_DIVISION"])


def test_results_pickle_for_process_pools():
    info, _ = _parse("CmFreezeAdjustmentsBatch.java")
    clone = pickle.loads(pickle.dumps(info))
    assert clone == info and clone.classes[1].fqn.endswith(
        "CmFreezeAdjustmentsBatch.CmFreezeAdjustmentsBatchWorker"
    )


def test_sample_workspace_sources_parse_cleanly():
    files = sorted((EXAMPLES / "src").rglob("*.java"))
    assert files
    for path in files:
        info = parse_java(path.read_bytes(), path.relative_to(EXAMPLES).as_posix())
        assert info.errors == [], path
        assert info.classes, path


@pytest.mark.parametrize(
    ("header", "role"),
    [
        (
            "/**\n@ChangeHandler (entityName = paymentCharacteristic)\n */\npublic class CmPayChar_CHandler",
            "change_handler",
        ),
        (
            "public class CmPayChar_CHandler extends AbstractChangeHandler<PaymentCharacteristic>",
            "change_handler",
        ),
        (
            "/**\n@BusinessComponent (customizationCallable = true)\n */\npublic class CmCalc_Impl",
            "business_component",
        ),
        ("public class CmCalc_Impl extends GenericBusinessComponent implements CmCalc", "business_component"),
        (
            "/**\n@BusinessEntity (tableName = CM_ADJ_INT_STG)\n */\npublic class CmAdjIntStg_Impl extends CmAdjIntStg_Gen",
            "entity",
        ),
        ("public class CmNightlyBatch extends CmNightlyBatch_Gen", "batch"),
        (
            "public class CmRateAlgo_Impl extends CmRateAlgo_Gen implements RateComponentValueAlgorithmSpot",
            "algorithm",
        ),
        ("public class CmMessages extends AbstractMessageRepository", "other"),
    ],
)
def test_roles(header, role):
    info = parse_java(f"package com.splwg.cm.domain;\n{header} {{\n}}\n", "Role.java")
    assert info.errors == [] and info.classes[0].role == role
