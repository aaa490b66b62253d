"""Generation metrics over a case file (the retrieval case format).

compile_rate: share of cases whose class compiled; spot_correct_rate: the implemented spot is the
expected one; tables_used_rate: share of expected tables the generated SQL reads (parsed with the
indexer's SQL analysis, not string search); pattern_score: mean of the per-class pattern scores.
Cases are generated with ``force=True`` so a low-confidence resolution still yields a class to
measure; ``no_spot_rate`` reports how often the product would have asked the user instead.
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ormb_assist.errors import CaseFileError, require_types
from ormb_assist.generation.patterns import CHECKS, FUNCTION_CHECKS
from ormb_assist.generation.pipeline import generate_algorithm


def load_cases(path: Path) -> list[dict[str, Any]]:
    cases = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            case = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}:{n}: not JSON ({exc.msg})") from exc
        if not isinstance(case, dict) or not case.get("objective"):
            raise CaseFileError(f"{path}:{n}: a case needs an 'objective'")
        require_types(
            case, f"{path}:{n}", {"objective": str, "id": str, "expected_spot": str, "expected_tables": list}
        )
        if not all(isinstance(t, str) for t in case.get("expected_tables") or []):
            raise CaseFileError(f"{path}:{n}: 'expected_tables' must be a list of table names")
        case.setdefault("id", f"case-{n}")
        cases.append(case)
    return cases


def tables_in_code(code: str) -> set[str]:
    """Tables read by SQL string literals in the class (indexer's parser + SQL analysis)."""
    from ormb_assist.indexer.java_parser import parse_java

    info = parse_java(code, "Generated.java")
    return {t.upper() for cls in info.classes for ref in cls.sql for t in ref.tables}


def _spot_matches(actual: str, expected: str) -> bool:
    if not expected:
        return False
    return actual == expected or actual.rsplit(".", 1)[-1] == expected.rsplit(".", 1)[-1]


def evaluate_cases(index: Any, backend: Any, settings: Any, cases: list[dict[str, Any]],
                   progress: Callable[[dict[str, Any]], None] | None = None) -> tuple[dict[str, Any], list[dict[str, Any]]]:  # fmt: skip
    from ormb_assist.indexer.resolver import Resolver

    resolver = Resolver(index)
    rows = []
    for case in cases:
        started = time.perf_counter()
        try:
            result = generate_algorithm(
                index, case["objective"], backend, settings, resolver=resolver, force=True
            )
            status, message = result.status, result.message
        except ValueError as exc:
            result, status, message = None, "error", str(exc)
        seconds = time.perf_counter() - started
        expected_tables = [t.upper() for t in case.get("expected_tables") or []]
        used = tables_in_code(result.code) if result and result.code else set()
        row = {
            "id": case["id"],
            "status": status,
            "message": message,
            "compiled": bool(result and result.verify and result.verify.ok),
            "spot": result.spot if result else "",
            "expected_spot": case.get("expected_spot", ""),
            "spot_correct": bool(result and _spot_matches(result.spot, case.get("expected_spot", ""))),
            "confident": bool(result and result.resolution and result.resolution.confident),
            "tables": sorted(used),
            "expected_tables": expected_tables,
            "tables_used": (len(set(expected_tables) & used) / len(expected_tables))
            if expected_tables
            else 1.0,
            "pattern_score": result.patterns.score if result and result.patterns else 0.0,
            "checks": result.patterns.checks if result and result.patterns else {},
            "seconds": seconds,
        }
        rows.append(row)
        if progress:
            progress(row)
    return summarize(rows, backend.name), rows


def summarize(rows: list[dict[str, Any]], backend: str) -> dict[str, Any]:
    n = len(rows)
    if n == 0:
        return {"n": 0, "backend": backend}
    times = sorted(r["seconds"] for r in rows)
    with_tables = [r for r in rows if r["expected_tables"]]
    summary: dict[str, Any] = {
        "n": n,
        "backend": backend,
        "compile_rate": round(sum(r["compiled"] for r in rows) / n, 4),
        "spot_correct_rate": round(sum(r["spot_correct"] for r in rows) / n, 4),
        "tables_used_rate": round(statistics.fmean(r["tables_used"] for r in with_tables), 4)
        if with_tables
        else None,
        "pattern_score": round(statistics.fmean(r["pattern_score"] for r in rows), 4),
        "no_spot_rate": round(sum(not r["confident"] for r in rows) / n, 4),
        "p50_s": round(_percentile(times, 0.5), 3),
        "p95_s": round(_percentile(times, 0.95), 3),
    }
    for check in CHECKS + FUNCTION_CHECKS:
        applicable = [r["checks"].get(check) for r in rows if r["checks"].get(check) is not None]
        summary[f"check_{check}"] = round(sum(applicable) / len(applicable), 4) if applicable else None
    return summary


def _percentile(sorted_values: list[float], q: float) -> float:
    if not sorted_values:
        return 0.0
    pos = (len(sorted_values) - 1) * q
    lo, hi = int(pos), min(int(pos) + 1, len(sorted_values) - 1)
    return sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (pos - lo)
