"""Retrieval eval: case validation, metrics, the CLI, and a second independently written workspace.

The alternative workspace (``tests/fixtures/alt_workspace`` + ``alt_framework_src``) has different
spot names, packages, Javadoc style and table prefixes than the sample workspace; its jar is built
here with the real javac, indexed with the real indexer, and its cases were written before the
resolver was scored on them.  It stands in for the unseen workspace the product is graded on.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from ormb_assist.indexer.cli import eval_retrieval_cmd, resolve_cmd
from ormb_assist.indexer.eval_retrieval import CaseFormatError, evaluate, load_cases, percentile

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLE_CASES = Path(__file__).parent.parent / "examples" / "cases" / "retrieval.jsonl"


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


GOOD = '{"id": "x1", "objective": "freeze adjustment", "expected_spot": "S", "expected_tables": ["ci_adj"]}'


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ("{not json", "line 2: not valid JSON"),
        ('["a"]', "line 2: expected a JSON object"),
        (
            '{"id": "x2", "objective": " ", "expected_spot": "S"}',
            "line 2: 'objective' must be a non-empty string",
        ),
        (
            '{"id": "x2", "objective": "o", "expected_spot": "S", "expected_tables": "CI_BILL"}',
            "line 2: 'expected_tables'",
        ),
        (GOOD, "line 2: duplicate case id 'x1'"),
    ],
)
def test_bad_case_lines_are_reported_with_their_line_number(tmp_path, bad, message):
    path = _write(tmp_path / "cases.jsonl", [GOOD, bad])
    with pytest.raises(CaseFormatError, match=message):
        load_cases(path)


def test_cases_are_normalised(tmp_path):
    (case,) = load_cases(_write(tmp_path / "c.jsonl", ["", GOOD]))
    assert case.expected_tables == ["CI_ADJ"] and case.id == "x1"


def test_percentile_is_nearest_rank():
    assert percentile([5.0, 1.0, 3.0, 2.0, 4.0], 50) == 3.0
    assert percentile([float(i) for i in range(1, 101)], 95) == 95.0
    assert percentile([], 95) == 0.0


def build_alt_workspace(root: Path) -> Path:
    """Copy the alternative workspace and build its framework jar + sources jar with javac."""
    workspace = root / "alt_workspace"
    shutil.copytree(FIXTURES / "alt_workspace", workspace)
    classes = root / "alt_classes"
    sources = sorted(str(p) for p in (FIXTURES / "alt_framework_src").rglob("*.java"))
    subprocess.run(["javac", "--release", "17", "-parameters", "-d", str(classes), *sources], check=True)
    lib = workspace / "lib"
    lib.mkdir()
    with zipfile.ZipFile(lib / "acme-revenue-api.jar", "w") as jar:
        for path in sorted(classes.rglob("*.class")):
            jar.write(path, path.relative_to(classes).as_posix())
    src_root = FIXTURES / "alt_framework_src"
    with zipfile.ZipFile(lib / "acme-revenue-api-sources.jar", "w") as jar:
        for path in sorted(src_root.rglob("*.java")):
            jar.write(path, path.relative_to(src_root).as_posix())
    return workspace


@pytest.fixture(scope="module")
def alt_index(tmp_path_factory):
    from ormb_assist.indexer.workspace import WorkspaceIndex

    workspace = build_alt_workspace(tmp_path_factory.mktemp("alt"))
    index = WorkspaceIndex.open(workspace)
    index.build()
    return index


def test_alt_workspace_spots_come_from_the_jar(alt_index):
    assert len(alt_index.spots) == 8
    spot = alt_index.spots["CollectionClassOverdueMonitorAlgorithmSpot"]
    assert "overdue monitor" in spot.javadoc.lower()
    assert {t for t in alt_index.tables} >= {"XX_COLL_PROC", "CM_USG_TXN"}


def test_alt_workspace_retrieval_meets_targets(alt_index):
    summary = evaluate(alt_index, load_cases(FIXTURES / "alt_cases.jsonl"))
    assert summary["n"] == 13
    assert summary["spot_top1"] >= 0.85, summary["misses"]
    assert summary["spot_top5"] >= 0.95, summary["misses"]
    assert summary["table_recall_at_5"] >= 0.85, summary["misses"]


def test_cli_eval_json_last_line_has_the_metrics(alt_index):
    result = CliRunner().invoke(
        eval_retrieval_cmd,
        ["--workspace", str(alt_index.workspace), "--cases", str(FIXTURES / "alt_cases.jsonl"), "--json"],
    )
    assert result.exit_code == 0, result.output
    last = json.loads(result.output.strip().splitlines()[-1])
    assert {"n", "spot_top1", "spot_top5", "table_recall_at_5", "p50_ms", "p95_ms"} <= set(last)
    assert last["n"] == 13 and 0 < last["p50_ms"] <= last["p95_ms"]


def test_cli_eval_rejects_a_bad_case_file(alt_index, tmp_path):
    bad = _write(tmp_path / "bad.jsonl", [GOOD, "{oops"])
    result = CliRunner().invoke(
        eval_retrieval_cmd, ["--workspace", str(alt_index.workspace), "--cases", str(bad)]
    )
    assert result.exit_code != 0 and "bad.jsonl, line 2: not valid JSON" in result.output


def test_cli_resolve_table_json_and_errors(alt_index):
    runner = CliRunner()
    ws = str(alt_index.workspace)
    table = runner.invoke(resolve_cmd, ["--workspace", ws, "split a payment plan into installments"])
    assert table.exit_code == 0, table.output
    assert "PaymentPlanTypeInstallmentScheduleAlgorithmSpot" in table.output
    assert "setPaymentPlan" in table.output and "XX_PAY_PLAN" in table.output
    as_json = runner.invoke(
        resolve_cmd, ["--workspace", ws, "--json", "--k", "3", "split a payment plan into installments"]
    )
    data = json.loads(as_json.output.strip().splitlines()[-1])
    assert (
        data["spots"][0]["name"] == "PaymentPlanTypeInstallmentScheduleAlgorithmSpot"
        and len(data["spots"]) == 3
    )
    assert data["tables"][0]["table"]["columns"]
    params = data["spots"][0]["methods"][0]["parameters"]
    assert params == [{"type": "com.acme.revenue.entity.PaymentPlan", "name": "paymentPlan"}]
    vague = runner.invoke(resolve_cmd, ["--workspace", ws, "asdf qwerty"])
    assert vague.exit_code == 0 and "No spot matches this objective well" in vague.output
    empty = runner.invoke(resolve_cmd, ["--workspace", ws, "  "])
    assert empty.exit_code != 0 and "objective is empty" in empty.output


@pytest.mark.skipif(not SAMPLE_CASES.exists(), reason="sample retrieval cases not written yet")
def test_sample_workspace_retrieval_meets_targets(indexed_workspace):
    summary = evaluate(indexed_workspace, load_cases(SAMPLE_CASES))
    assert summary["spot_top1"] >= 0.90, summary["misses"]
    assert summary["spot_top5"] >= 0.98, summary["misses"]
    assert summary["table_recall_at_5"] >= 0.90, summary["misses"]


def test_alt_workspace_generation_is_grounded_in_its_own_framework(alt_index):
    """Another vendor's jar: its own SQL class (Query/Row), logger (LogFactory.getLogger) and
    String ids.  Generated classes must compile against it and follow its idioms, not ORMB's."""
    from ormb_assist.generation.base import create_backend
    from ormb_assist.generation.evaluate import evaluate_cases
    from ormb_assist.generation.evaluate import load_cases as load_generation_cases
    from ormb_assist.settings import Settings

    settings = Settings()
    cases = load_generation_cases(FIXTURES / "alt_cases.jsonl")
    summary, rows = evaluate_cases(alt_index, create_backend(settings, alt_index), settings, cases)
    assert summary["compile_rate"] == 1.0 and summary["spot_correct_rate"] >= 0.9, rows
    # every read is bound to a spot input (issue 11: no unbounded scans); 3 of the 13 objectives name a table
    # no input reaches (a contract with no table, a tax table keyed by a state the account does not hold), so
    # the table share that bound reads can reach is 0.73, where unbound reads used to score 0.92
    assert summary["check_queries_bound"] == 1.0, summary
    assert summary["tables_used_rate"] >= 0.7 and summary["pattern_score"] >= 0.95, summary
    assert summary["check_framework_logger"] == 1.0 and summary["check_sql_binds_no_concat"] == 1.0
