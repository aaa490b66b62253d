"""Pattern checks on hand-written classes: each rule passes on good code and catches its violation."""

from __future__ import annotations

from ormb_assist.generation.patterns import CHECKS, FUNCTION_CHECKS, check_patterns
from ormb_assist.indexer.models import MethodInfo, Parameter, SpotInfo

SPOT = SpotInfo(
    name="CustomerClassPreBillCompletionAlgorithmSpot",
    fqn="com.splwg.ccb.domain.admin.customerClass.CustomerClassPreBillCompletionAlgorithmSpot",
    methods=[
        MethodInfo("invoke", "void"),
        MethodInfo("setBill", "void", [Parameter("com.splwg.ccb.domain.billing.bill.Bill", "bill")]),
        MethodInfo("getServerMessage", "com.splwg.shared.common.ServerMessage"),
    ],
)

GOOD = """package com.splwg.cm.domain.billing.algorithm;

import com.splwg.base.api.sql.PreparedStatement;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Checks the bill.
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = maxAmount, required = true, type = decimal)})
 */
public class CmCheckBillAlgComp_Impl extends CmCheckBillAlgComp_Gen implements CustomerClassPreBillCompletionAlgorithmSpot {
    private static final Logger logger = LoggerFactory.getLogger(CmCheckBillAlgComp_Impl.class);
    private Bill bill;

    public void invoke() {
        PreparedStatement ps = createPreparedStatement("SELECT B.BILL_ID FROM CI_BILL B "
                + "WHERE B.BILL_ID = :billId AND B.AMT > :maxAmount", "check");
        try {
            ps.bindId("billId", bill.getId());
            ps.bindBigDecimal("maxAmount", getMaxAmount());
            logger.info("rows " + ps.list().size());
        } finally {
            ps.close();
        }
    }

    public void setBill(Bill bill) { this.bill = bill; }

    public ServerMessage getServerMessage() { return null; }
}
"""


def test_good_form_passes_every_form_check() -> None:
    """GOOD has the house form; it only logs what it reads, which the function checks catch (below)."""
    report = check_patterns(GOOD, SPOT)
    assert set(report.checks) == set(CHECKS + FUNCTION_CHECKS)
    assert all(report.checks[c] for c in CHECKS), report.details


ACTING = GOOD.replace(
    '            logger.info("rows " + ps.list().size());',
    "            SQLResultRow row = ps.firstRow();\n"
    "            if (notNull(row)) {\n"
    "                addError(CmMessageRepository.billAmountTooHigh(bill.getId().getIdValue()));\n"
    "            }",
)
OBJECTIVE = "stop bill completion when the bill amount is above a configured maximum"


def test_scaffold_that_only_reads_and_logs_fails_the_function_checks() -> None:
    """GOOD reads a row and logs the count: good form, but it never raises the error asked for."""
    report = check_patterns(GOOD, SPOT, objective=OBJECTIVE)
    assert report.checks["acts_on_objective"] is False
    assert report.checks["reads_used"] is False
    assert report.score < 1.0


def test_class_that_tests_its_read_and_acts_passes_the_function_checks() -> None:
    report = check_patterns(ACTING, SPOT, objective=OBJECTIVE)
    assert report.checks["acts_on_objective"] is True, report.details
    assert report.checks["reads_used"] is True, report.details
    assert report.checks["queries_bound"] is True
    assert report.score == 1.0, report.details


def test_unbounded_scan_fails_queries_bound() -> None:
    code = ACTING.replace('"WHERE B.BILL_ID = :billId AND B.AMT > :maxAmount"', '"WHERE B.AMT > 0"')
    assert check_patterns(code, SPOT, objective=OBJECTIVE).checks["queries_bound"] is False


def test_skip_output_left_at_its_default_fails_outputs_computed() -> None:
    spot = SpotInfo(
        name="CustomerClassBillEligibilityAlgorithmSpot",
        fqn="x.CustomerClassBillEligibilityAlgorithmSpot",
        methods=[MethodInfo("invoke", "void"), MethodInfo("getIsEligibleForBilling", "Bool")],
    )
    never = (
        "public class CmHoldAlgComp_Impl implements CustomerClassBillEligibilityAlgorithmSpot {\n"
        "    private Bool eligible = Bool.TRUE;\n"
        "    public void invoke() { }\n"
        "    public Bool getIsEligibleForBilling() { return eligible; }\n"
        "}\n"
    )
    objective = "skip billing for accounts on hold"
    assert check_patterns(never, spot, objective=objective).checks["outputs_computed"] is False
    acting = never.replace("public void invoke() { }", "public void invoke() {\n        eligible = Bool.FALSE;\n    }")
    assert check_patterns(acting, spot, objective=objective).checks["outputs_computed"] is True


def test_concatenated_value_in_sql_is_flagged() -> None:
    code = GOOD.replace(
        '"WHERE B.BILL_ID = :billId AND B.AMT > :maxAmount"', '"WHERE B.BILL_ID = \'" + billId + "\'"'
    )
    report = check_patterns(code, SPOT)
    assert report.checks["sql_binds_no_concat"] is False
    assert "billId" in report.details["sql_binds_no_concat"]
    assert report.score < 1.0


def test_literal_and_constant_concatenation_is_allowed() -> None:
    code = GOOD.replace(
        '"WHERE B.BILL_ID = :billId AND B.AMT > :maxAmount"', 'WHERE_CLAUSE + " AND B.AMT > :maxAmount"'
    )
    assert check_patterns(code, SPOT).checks["sql_binds_no_concat"] is True


def test_unclosed_statement_is_flagged_and_try_with_resources_is_accepted() -> None:
    unclosed = GOOD.replace("ps.close();", 'logger.debug("done");')
    report = check_patterns(unclosed, SPOT)
    assert report.checks["statements_closed"] is False
    assert "ps" in report.details["statements_closed"]
    twr = GOOD.replace(
        "PreparedStatement ps = createPreparedStatement(",
        "try (PreparedStatement ps = createPreparedStatement(",
    )
    twr = twr.replace('"check");\n        try {', '"check")) {').replace(
        "} finally {\n            ps.close();\n        }", "}"
    )
    assert check_patterns(twr, SPOT).checks["statements_closed"] is True


def test_missing_spot_method_is_listed() -> None:
    code = GOOD.replace("public ServerMessage getServerMessage() { return null; }", "")
    report = check_patterns(code, SPOT)
    assert report.checks["all_methods_implemented"] is False
    assert "getServerMessage/0" in report.details["all_methods_implemented"]


def test_wrong_spot_and_naming_are_flagged() -> None:
    code = GOOD.replace("implements CustomerClassPreBillCompletionAlgorithmSpot", "implements SomethingElse")
    code = code.replace("CmCheckBillAlgComp_Impl", "CheckBill").replace("com.splwg.cm.domain", "org.example")
    report = check_patterns(code, SPOT)
    assert report.checks["implements_spot"] is False
    assert report.checks["cm_naming"] is False
    assert "Cm" in report.details["cm_naming"] and "com.splwg.cm" in report.details["cm_naming"]


def test_system_out_instead_of_logger_is_flagged() -> None:
    code = GOOD.replace(
        'logger.info("rows " + ps.list().size());', 'System.out.println("rows " + ps.list().size());'
    )
    report = check_patterns(code, SPOT)
    assert report.checks["framework_logger"] is False
    no_logger = GOOD.replace("LoggerFactory.getLogger(CmCheckBillAlgComp_Impl.class)", "null")
    assert check_patterns(no_logger, SPOT).checks["framework_logger"] is False


def test_sql_outside_prepared_statement_is_flagged() -> None:
    code = GOOD.replace("createPreparedStatement(", "runQuery(")
    assert check_patterns(code, SPOT).checks["sql_prepared_statement"] is False
    jdbc = GOOD.replace("import com.splwg.base.api.sql.PreparedStatement;", "import java.sql.Connection;")
    assert check_patterns(jdbc, SPOT).checks["sql_prepared_statement"] is False


def test_undeclared_soft_parameter_getter_is_flagged() -> None:
    code = GOOD.replace("getMaxAmount()", "getMinAmount()")
    report = check_patterns(code, SPOT)
    assert report.checks["soft_parameters_declared"] is False
    assert "getMinAmount" in report.details["soft_parameters_declared"]
    no_block = GOOD.replace(
        "@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = maxAmount, required = true, type = decimal)})",
        "",
    )
    assert check_patterns(no_block, SPOT).checks["soft_parameters_declared"] is False


def test_sql_checks_are_not_applicable_without_sql() -> None:
    code = GOOD.replace(
        GOOD[GOOD.index("        PreparedStatement ps") : GOOD.index("    public void setBill")],
        '        logger.info("noop");\n    }\n\n',
    )
    report = check_patterns(code, SPOT)
    assert report.checks["sql_prepared_statement"] is None
    assert report.checks["sql_binds_no_concat"] is None
    assert report.checks["statements_closed"] is None
    applicable = [v for v in report.checks.values() if v is not None]
    assert report.score == sum(applicable) / len(applicable)


def test_without_spot_structure_checks_are_not_applicable() -> None:
    report = check_patterns(GOOD, None)
    assert report.checks["implements_spot"] is None
    assert report.checks["all_methods_implemented"] is None
    assert report.checks["cm_naming"] is True


def test_text_without_class_scores_zero() -> None:
    report = check_patterns("this is not java", SPOT)
    assert report.score == 0.0
    assert not any(report.checks.values())


def _workspace(package: str, logger_in_jar: bool):
    """A minimal index: one house algorithm in ``package`` and a framework jar with or without a
    static ``getLogger`` (the checks read conventions from the index, not from this project)."""
    from types import SimpleNamespace

    from ormb_assist.indexer.models import JarClass, JarMethod, JavaClassInfo

    example = JavaClassInfo(name="CmExampleAlgo_Impl", package=package, role="algorithm")
    factory = JarMethod("getLogger", "com.acme.log.Log", ["java.lang.Class"], modifiers=["public", "static"])
    info = JarMethod("info", "void", ["java.lang.String"], modifiers=["public"])
    jar = {
        "com.acme.log.LogFactory": JarClass(
            "com.acme.log.LogFactory", methods=[factory] if logger_in_jar else []
        ),
        "com.acme.log.Log": JarClass("com.acme.log.Log", methods=[info]),
    }
    return SimpleNamespace(classes={f"{package}.CmExampleAlgo_Impl": example}, spots={}, jar_classes=jar)


def test_naming_follows_the_workspace_package_root_not_a_fixed_one() -> None:
    moved = GOOD.replace("package com.splwg.cm.domain.billing.algorithm;", "package com.acme.cm.billing;")
    acme = _workspace("com.acme.cm.collection", logger_in_jar=True)
    assert check_patterns(moved, SPOT, acme).checks["cm_naming"] is True
    report = check_patterns(GOOD, SPOT, acme)
    assert report.checks["cm_naming"] is False and "com.acme.cm" in report.details["cm_naming"]
    assert check_patterns(moved, SPOT).checks["cm_naming"] is False  # no workspace: the OUAF root


def test_logger_check_is_not_applicable_when_the_framework_has_no_logger() -> None:
    quiet = GOOD.replace('logger.info("rows " + ps.list().size());', "ps.list();")
    quiet = quiet.replace(
        "    private static final Logger logger = LoggerFactory.getLogger(CmCheckBillAlgComp_Impl.class);\n",
        "",
    )
    assert (
        check_patterns(quiet, SPOT, _workspace("com.splwg.cm.x", logger_in_jar=False)).checks[
            "framework_logger"
        ]
        is None
    )
    assert (
        check_patterns(quiet, SPOT, _workspace("com.splwg.cm.x", logger_in_jar=True)).checks[
            "framework_logger"
        ]
        is False
    )
