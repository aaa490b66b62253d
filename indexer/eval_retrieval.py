"""Retrieval eval: how often the resolver finds the expected spot and tables for an objective.

Cases are JSON lines ``{"id", "objective", "expected_spot", "expected_tables"}`` (optional
``current_file``).  Metrics: ``spot_top1``/``spot_top5`` (expected spot at rank 1 / within 5),
``spot_top3``, ``spot_mrr``, ``table_recall_at_5`` (mean over cases of |expected ∩ top-5 tables| / |expected|) and
per-resolve latency percentiles, measured after the per-index features are built (the first
resolve of a session pays that once; it is reported separately as ``warmup_ms``).  ``asked`` is
the share of cases where the resolver was unsure (below the workspace's calibrated confidence, so
the editor and CLI offer the top 3 instead of choosing) and ``spot_top1_not_asked`` the top-1 rate
of the others.
"""

from __future__ import annotations

import json
import statistics
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ormb_assist.indexer.models import Resolution
from ormb_assist.indexer.resolver import Resolver

TOP_K = 5


class CaseFormatError(ValueError):
    """A case file line that is not a valid retrieval case (message names the file and line)."""


@dataclass
class RetrievalCase:
    id: str
    objective: str
    expected_spot: str
    expected_tables: list[str] = field(default_factory=list)
    current_file: str | None = None


@dataclass
class CaseResult:
    id: str
    expected_spot: str
    spot_rank: int  # 1-based; 0 = not in the top k
    predicted_spots: list[str]
    expected_tables: list[str]
    predicted_tables: list[str]
    table_recall: float
    confident: bool
    ms: float
    asked: bool = False
    confidence: float = 1.0


def load_cases(path: Path) -> list[RetrievalCase]:
    """Read and validate a JSONL case file; a bad line raises :class:`CaseFormatError` with its number."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CaseFormatError(f"{path}: cannot read case file: {exc}") from exc
    cases: list[RetrievalCase] = []
    seen: set[str] = set()
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"{path}, line {lineno}"
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise CaseFormatError(f"{where}: not valid JSON ({exc.msg})") from exc
        if not isinstance(data, dict):
            raise CaseFormatError(f"{where}: expected a JSON object")
        case = _case_from(data, where)
        if case.id in seen:
            raise CaseFormatError(f"{where}: duplicate case id {case.id!r}")
        seen.add(case.id)
        cases.append(case)
    if not cases:
        raise CaseFormatError(f"{path}: no cases found")
    return cases


def _case_from(data: dict[str, Any], where: str) -> RetrievalCase:
    for key in ("id", "objective", "expected_spot"):
        if not isinstance(data.get(key), str) or not data[key].strip():
            raise CaseFormatError(f"{where}: '{key}' must be a non-empty string")
    tables = data.get("expected_tables", [])
    if not isinstance(tables, list) or not all(isinstance(t, str) and t.strip() for t in tables):
        raise CaseFormatError(f"{where}: 'expected_tables' must be a list of table names")
    current = data.get("current_file")
    if current is not None and not isinstance(current, str):
        raise CaseFormatError(f"{where}: 'current_file' must be a string")
    return RetrievalCase(
        id=data["id"].strip(),
        objective=data["objective"],
        expected_spot=data["expected_spot"].strip(),
        expected_tables=[t.strip().upper() for t in tables],
        current_file=current,
    )


def _spot_rank(expected: str, resolution: Resolution) -> int:
    simple = expected.rsplit(".", 1)[-1]
    for rank, spot in enumerate(resolution.spots, 1):
        if expected in (spot.fqn, spot.name) or simple == spot.name:
            return rank
    return 0


def _table_name(name: str) -> str:
    return name.upper().rsplit(".", 1)[-1]


def score_case(case: RetrievalCase, resolution: Resolution, ms: float) -> CaseResult:
    predicted = [t.name for t in resolution.tables[:TOP_K]]
    expected = [_table_name(t) for t in case.expected_tables]
    hit = len(set(expected) & {_table_name(t) for t in predicted})
    return CaseResult(
        id=case.id,
        expected_spot=case.expected_spot,
        spot_rank=_spot_rank(case.expected_spot, resolution),
        predicted_spots=[s.name for s in resolution.spots[:TOP_K]],
        expected_tables=expected,
        predicted_tables=predicted,
        table_recall=hit / len(expected) if expected else 1.0,
        confident=resolution.confident,
        ms=round(ms, 2),
        asked=resolution.unsure,
        confidence=resolution.confidence,
    )


def _share(hits: int, total: int) -> float:
    return round(hits / total, 4) if total else 0.0


def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile (no interpolation: with few cases it reports a real observation)."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(pct / 100 * len(ordered) + 0.4999)))
    return ordered[rank - 1]


def evaluate(index: Any, cases: list[RetrievalCase], resolver: Resolver | None = None) -> dict[str, Any]:
    """Resolve every case and aggregate; the last key ``misses`` lists cases below target."""
    resolver = resolver or Resolver(index)
    started = time.perf_counter()
    resolver.features()
    resolver.embedder.encode(["warm up"])
    warmup_ms = (time.perf_counter() - started) * 1000
    results: list[CaseResult] = []
    for case in cases:
        t0 = time.perf_counter()
        resolution = resolver.resolve(case.objective, current_file=case.current_file, k=TOP_K)
        results.append(score_case(case, resolution, (time.perf_counter() - t0) * 1000))
    n = len(results)
    times = [r.ms for r in results]
    summary: dict[str, Any] = {
        "n": n,
        "spot_top1": round(sum(r.spot_rank == 1 for r in results) / n, 4),
        "spot_top3": round(sum(0 < r.spot_rank <= 3 for r in results) / n, 4),
        "spot_top5": round(sum(0 < r.spot_rank <= TOP_K for r in results) / n, 4),
        "spot_mrr": round(sum(1 / r.spot_rank for r in results if r.spot_rank) / n, 4),
        "table_recall_at_5": round(statistics.fmean(r.table_recall for r in results), 4),
        "asked": round(sum(r.asked for r in results) / n, 4),
        "spot_top1_not_asked": _share(
            sum(r.spot_rank == 1 for r in results if not r.asked), sum(not r.asked for r in results)
        ),
        "p50_ms": round(percentile(times, 50), 2),
        "p95_ms": round(percentile(times, 95), 2),
        "max_ms": round(max(times), 2),
        "warmup_ms": round(warmup_ms, 1),
        "not_confident": sum(not r.confident for r in results),
        "spots_indexed": len(getattr(index, "spots", {})),
        "tables_indexed": len(getattr(index, "tables", {})),
    }
    summary["misses"] = [asdict(r) for r in results if r.spot_rank != 1 or r.table_recall < 1.0]
    summary["cases"] = [asdict(r) for r in results]
    return summary
