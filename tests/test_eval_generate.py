"""Generation metrics: per-case rows and the summary arithmetic."""

from __future__ import annotations

import pytest

from ormb_assist.generation.base import create_backend
from ormb_assist.generation.evaluate import evaluate_cases, load_cases, summarize, tables_in_code
from ormb_assist.settings import Settings


def test_tables_in_code_reads_sql_literals_not_comments() -> None:
    code = """class A {
        // SELECT X FROM CI_NOT_THIS
        void f() { createPreparedStatement("SELECT B.BILL_ID FROM CI_BILL B " + "JOIN CI_BSEG S ON S.BILL_ID = B.BILL_ID", "d"); }
    }"""
    assert tables_in_code(code) == {"CI_BILL", "CI_BSEG"}


def _row(
    case_id: str, compiled: bool, spot: bool, tables: float, pattern: float, seconds: float, expected=("T",)
) -> dict:
    return {"id": case_id, "compiled": compiled, "spot_correct": spot, "confident": True, "tables_used": tables,
            "expected_tables": list(expected), "pattern_score": pattern, "seconds": seconds,
            "checks": {"cm_naming": compiled, "sql_binds_no_concat": None}}  # fmt: skip


def test_summary_rates_and_percentiles() -> None:
    rows = [_row("a", True, True, 1.0, 1.0, 1.0), _row("b", False, True, 0.5, 0.5, 3.0), _row("c", True, False, 0.0, 1.0, 2.0),
            _row("d", True, True, 1.0, 1.0, 4.0, expected=())]  # fmt: skip
    summary = summarize(rows, "embedded")
    assert summary["n"] == 4
    assert summary["compile_rate"] == 0.75
    assert summary["spot_correct_rate"] == 0.75
    assert summary["tables_used_rate"] == 0.5  # case d has no expected tables: not part of the mean
    assert summary["pattern_score"] == 0.875
    assert summary["p50_s"] == 2.5
    assert summary["p95_s"] == pytest.approx(3.85)
    assert summary["check_cm_naming"] == 0.75
    assert summary["check_sql_binds_no_concat"] is None


def test_load_cases_reports_the_bad_line(tmp_path) -> None:
    path = tmp_path / "cases.jsonl"
    path.write_text('{"id": "a", "objective": "x"}\n\n{"id": "b"}\n')
    with pytest.raises(ValueError, match=r"cases.jsonl:3: a case needs an 'objective'"):
        load_cases(path)


def test_evaluate_cases_scores_each_case(indexed_workspace) -> None:
    cases = [
        {"id": "ok", "objective": "when an FT freezes verify its GL lines net to zero",
         "expected_spot": "CustomerClassFtFreezeAlgorithmSpot", "expected_tables": ["CI_FT", "CI_FT_GL"]},
        {"id": "wrong-spot", "objective": "when an FT freezes verify its GL lines net to zero",
         "expected_spot": "SomeOtherAlgorithmSpot", "expected_tables": ["CI_NOT_A_TABLE"]},
        {"id": "empty", "objective": "   ", "expected_spot": "X", "expected_tables": []},
    ]  # fmt: skip
    settings = Settings()
    summary, rows = evaluate_cases(
        indexed_workspace, create_backend(settings, indexed_workspace), settings, cases
    )
    by_id = {r["id"]: r for r in rows}
    assert by_id["ok"]["compiled"] and by_id["ok"]["spot_correct"] and by_id["ok"]["tables_used"] == 1.0
    assert by_id["wrong-spot"]["compiled"] and not by_id["wrong-spot"]["spot_correct"]
    assert by_id["wrong-spot"]["tables_used"] == 0.0
    assert by_id["empty"]["status"] == "error" and not by_id["empty"]["compiled"]
    assert summary["n"] == 3 and summary["compile_rate"] == pytest.approx(2 / 3, abs=1e-4)
