"""Resolver latency on a large synthetic workspace; prints one JSON object.

    python benchmarks/bench_resolve.py                 # 10,000 Java files, the dev objectives x 2
    python benchmarks/bench_resolve.py --files 2000
    ORMB_ASSIST_TORCH_THREADS=1 python benchmarks/bench_resolve.py

Target (issue): resolve p95 <= 50 ms on a 10k-file workspace, 2 cores.  The workspace is written by
``make_synthetic_workspace.py`` and parsed with the real parsers into the real views (no LanceDB:
the resolver reads only views, plus stored class vectors when a store has them).  Spot, table and
Javadoc-sentence vectors are embedded for real; the thousands of example-class vectors, which the
index would have stored while building, are random unit vectors here: they cost the same per query,
their values only change which example wins.  Reported: per-resolve wall time (query embedding
included, each objective embedded once per round: the embedder's query cache is cleared), the
embedding's share, the feature build time, sizes, torch threads and the load average (on a shared
machine numbers taken under load are slower than the machine can do).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parents[1]


class _StoredVectors:
    """Stands in for the index store's class-chunk vectors (random, unit length)."""

    def __init__(self, fqns: list[str], dim: int) -> None:
        rng = np.random.default_rng(7)
        matrix = rng.normal(size=(len(fqns), dim)).astype(np.float32)
        self.matrix = matrix / np.linalg.norm(matrix, axis=1, keepdims=True)
        self.rows = [{"kind": "class", "fqn": f} for f in fqns]

    def vectors_of_kind(self, kind: str) -> tuple[list[dict[str, Any]], np.ndarray]:
        return self.rows, self.matrix


class _Views:
    def __init__(self, workspace: Path, views: Any, embedder: Any) -> None:
        self.workspace = workspace
        self.embedder = embedder
        self._views = views
        for name in ("files", "classes", "class_paths", "tables", "jar_classes", "spots"):
            setattr(self, name, getattr(views, name))
        self.store = _StoredVectors(sorted(views.classes), embedder.dim)


def _load(workspace: Path, embedder: Any) -> tuple[_Views, float]:
    from ormb_assist.indexer.ddl import parse_ddl
    from ormb_assist.indexer.discovery import DDL, JAR, JAVA, discover
    from ormb_assist.indexer.jars import read_jar
    from ormb_assist.indexer.java_parser import parse_java
    from ormb_assist.indexer.views import FileRecord, build_views

    started = time.perf_counter()
    found, _ = discover(workspace)
    records = {}
    for f in found:
        if f.kind == JAVA:
            payload: Any = parse_java(f.path.read_bytes(), f.rel)
        elif f.kind == DDL:
            payload, _ = parse_ddl(f.path.read_text(encoding="utf-8", errors="replace"), f.rel)
        elif f.kind == JAR:
            payload, _ = read_jar(f.path)
        else:
            continue
        records[f.rel] = FileRecord(f.rel, f.kind, "", 0, 0, payload)
    views = build_views(workspace, records, [])
    return _Views(workspace, views, embedder), time.perf_counter() - started


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, max(0, round(q * len(ordered) + 0.4999) - 1))], 2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--cases", type=Path, default=REPO / "examples" / "cases" / "retrieval.jsonl")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--workspace", type=Path, help="reuse a synthetic workspace written earlier")
    args = parser.parse_args()

    from ormb_assist.indexer import embeddings
    from ormb_assist.indexer.resolver import Resolver

    workspace = args.workspace or Path(tempfile.mkdtemp(prefix="ormb-resolve-bench-")) / "ws"
    if not workspace.exists():
        script = REPO / "benchmarks" / "make_synthetic_workspace.py"
        subprocess.run([sys.executable, str(script), str(args.files), str(workspace)], check=True)
    embedder = embeddings.Embedder().load()
    index, load_s = _load(workspace, embedder)
    resolver = Resolver(index)
    started = time.perf_counter()
    features = resolver.features()
    features_s = time.perf_counter() - started
    objectives = [
        json.loads(line)["objective"] for line in args.cases.read_text().splitlines() if line.strip()
    ]
    resolver.resolve(objectives[0])  # warm the code paths once
    totals: list[float] = []
    embeds: list[float] = []
    for _ in range(args.rounds):
        embeddings._cached_query.cache_clear()
        for objective in objectives:
            t0 = time.perf_counter()
            embedder.encode([objective])
            embeds.append((time.perf_counter() - t0) * 1000)
            embeddings._cached_query.cache_clear()
            t0 = time.perf_counter()
            resolver.resolve(objective)
            totals.append((time.perf_counter() - t0) * 1000)
    import torch

    result = {
        "java_files": sum(1 for _ in workspace.rglob("*.java")),
        "spots": len(index.spots),
        "tables": len(index.tables),
        "example_classes": len(features.examples.classes),
        "load_views_s": round(load_s, 1),
        "features_s": round(features_s, 1),
        "resolves": len(totals),
        "resolve_ms_p50": _pct(totals, 0.50),
        "resolve_ms_p95": _pct(totals, 0.95),
        "query_embed_ms_p50": _pct(embeds, 0.50),
        "resolve_without_embed_ms_p50": round(
            statistics.median(t - e for t, e in zip(totals, embeds, strict=True))
        ),
        "torch_threads": torch.get_num_threads(),
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
