"""Indexing benchmarks; prints one JSON object (see benchmarks/README.md for targets and choices).

    python benchmarks/bench_index.py                    # examples/workspace + a 10,000-file workspace
    python benchmarks/bench_index.py --files 2000       # smaller synthetic workspace
    python benchmarks/bench_index.py --skip-synthetic   # examples/workspace only

Measured: the embedder's raw throughput (texts/s on this machine, same kind of texts the index
embeds), full index of examples/workspace and of the synthetic workspace (time split discover /
parse / views / embed / write, files/s), reopening the index, a one-file re-index (median and p95 of
20 ``update_file`` calls, plus an incremental ``build`` after one edit), hybrid search latency,
resolve p50/p95 when ``ormb_assist.indexer.resolver`` exists, peak RSS, and the load average (the
machine may be shared: numbers taken under load are slower than the machine can do).
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "workspace"
QUERIES = [
    "validate the bill amount before bill completion",
    "freeze payment for an account with a hold",
    "bill segment calculation lines with amounts",
    "transaction detail staging upload",
    "price assignment for a price item and party",
    "adjustment type generation",
    "contract activation default characteristics",
    "overpayment distribution to a deposit contract",
    "late payment charge on delinquent accounts",
    "customer class pre bill completion threshold",
]


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))], 2)


class RssSampler:
    """Peak resident memory of this process and of this process plus its children (parse workers,
    forkserver), sampled every 0.5 s: ``ru_maxrss`` alone misses workers that are not our children."""

    def __init__(self) -> None:
        import threading

        try:
            import psutil
        except ImportError:  # without psutil only ru_maxrss (this process) is reported
            psutil = None
        self.process = psutil.Process() if psutil else None
        self.peak_self = 0
        self.peak_tree = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        if self.process is None:
            return
        import psutil

        while not self._stop.wait(0.5):
            try:
                own = self.process.memory_info().rss
                tree = own + sum(c.memory_info().rss for c in self.process.children(recursive=True))
            except psutil.Error:
                continue
            self.peak_self, self.peak_tree = max(self.peak_self, own), max(self.peak_tree, tree)

    def peak_snapshot(self) -> dict[str, float]:
        return {
            "self_mib": round(self.peak_self / 2**20, 1),
            "with_workers_mib": round(self.peak_tree / 2**20, 1),
        }

    def result(self) -> dict[str, float]:
        self._stop.set()
        self._thread.join()
        return {
            "self_mib": round(self.peak_self / 2**20, 1),
            "with_workers_mib": round(self.peak_tree / 2**20, 1),
            "ru_maxrss_self_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        }


def _dir_mib(path: Path) -> float:
    return round(sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 2**20, 1)


def embedder_throughput(index: Any, sample: int = 256) -> dict[str, Any]:
    """Raw texts/s of the embedder on the texts the index embeds (class records of the workspace)."""
    from ormb_assist.indexer.chunks import java_chunks

    texts: list[str] = []
    for rel, info in index.files.items():
        texts.extend(c.model_text for c in java_chunks(rel, info, set(index.spots)) if c.embed)
        if len(texts) >= sample:
            break
    texts = texts[:sample]
    embedder = index.embedder
    embedder.encode(texts[:8])  # warm
    started, cpu_started = time.perf_counter(), time.process_time()
    embedder.encode(texts)
    seconds = time.perf_counter() - started
    # CPU seconds per text (all threads): unlike wall time, barely moved by other load on the machine
    cpu_per_text = (time.process_time() - cpu_started) / len(texts)
    tokens = sum(embedder.token_count(t) for t in texts)
    long_texts = [f"{t}\n{t}\n{t}"[:1000] for t in texts[:64]]
    started = time.perf_counter()
    embedder.encode(long_texts)
    long_seconds = time.perf_counter() - started
    from ormb_assist.indexer.embeddings import _load

    return {
        "backend": type(_load(embedder.model)).__name__,
        "texts": len(texts),
        "texts_per_s": round(len(texts) / seconds, 1),
        "cpu_ms_per_text": round(cpu_per_text * 1000, 2),
        "mean_tokens": round(tokens / max(1, len(texts)), 1),
        "long_texts_per_s": round(len(long_texts) / long_seconds, 1),  # ~250 word pieces each
    }


def full_index(workspace: Path) -> tuple[Any, dict[str, Any]]:
    from ormb_assist.indexer.workspace import WorkspaceIndex

    shutil.rmtree(workspace / ".ormb-assist", ignore_errors=True)
    started = time.perf_counter()
    index = WorkspaceIndex.open(workspace)
    summary = index.build()
    seconds = time.perf_counter() - started
    out = {
        "files": summary.files_seen,
        "java_classes": summary.java_classes,
        "spots": summary.spots,
        "tables": summary.tables,
        "jar_classes": summary.jar_classes,
        "chunks": summary.chunks,
        "chunks_embedded": summary.chunks_embedded,
        "problems": len(summary.problems),
        "seconds": round(seconds, 2),
        "files_per_s": round(summary.files_seen / seconds, 1),
        "timings": summary.timings,
        "index_mib": _dir_mib(index.index_dir),
    }
    return index, out


def reopen(workspace: Path) -> tuple[Any, dict[str, Any]]:
    """Open the stored index in a fresh object (the caller has dropped the one that built it)."""
    from ormb_assist.indexer.workspace import WorkspaceIndex

    started = time.perf_counter()
    index = WorkspaceIndex.open(workspace)
    opened = time.perf_counter() - started
    started = time.perf_counter()
    summary = index.build()
    return index, {
        "open_s": round(opened, 2),
        "noop_build_s": round(time.perf_counter() - started, 2),
        "noop_build_files_unchanged": summary.files_unchanged,
    }


def one_file_reindex(index: Any, rounds: int = 20) -> dict[str, Any]:
    """Edit one algorithm class, ``rounds`` times each way: a new method (the class record's search
    text changes, its embedded text does not) and a new Javadoc first sentence (one embedding paid)."""
    fqn = next(f for f, c in sorted(index.classes.items()) if c.role == "algorithm" or "AlgComp" in f)
    path = index.workspace / index.class_paths[fqn]
    original = path.read_text(encoding="utf-8")
    cut = original.rindex("}")
    doc = re.search(r"/\*\*[\s*]*", original).end()  # where the first Javadoc's first sentence starts
    edits = {
        "method": lambda i: original[:cut] + f"\n    public void cmBenchEdit{i}() {{ }}\n}}\n",
        "javadoc": lambda i: original[:doc] + f"Reconciles batch number {i} of the bench. " + original[doc:],
    }
    out: dict[str, Any] = {}
    try:
        for name, edit in edits.items():
            times: list[float] = []
            parts: dict[str, list[float]] = {}
            embedded = 0
            for i in range(rounds):
                started = time.perf_counter()
                summary = index.update_file(path, text=edit(i))
                times.append((time.perf_counter() - started) * 1000)
                embedded += summary.chunks_embedded
                for key, seconds in summary.timings.items():
                    parts.setdefault(key, []).append(seconds * 1000)
            suffix = "" if name == "method" else f"_{name}_edit"
            out[f"update_file_ms_median{suffix}"] = round(statistics.median(times), 1)
            out[f"update_file_ms_p95{suffix}"] = _pct(times, 0.95)
            out[f"update_file_ms_first{suffix}"] = round(times[0], 1)
            out[f"update_file_parts_ms_median{suffix}"] = {
                k: round(statistics.median(v), 1) for k, v in parts.items()
            }
            out[f"chunks_embedded_per_update{suffix}"] = round(embedded / rounds, 2)
        path.write_text(original[:cut] + "\n    public void cmBenchOnDisk() { }\n}\n", encoding="utf-8")
        started = time.perf_counter()
        summary = index.build()
        build_ms = (time.perf_counter() - started) * 1000
    finally:
        path.write_text(original, encoding="utf-8")
    out["incremental_build_after_one_edit_ms"] = round(build_ms, 1)
    out["incremental_build_files_indexed"] = summary.files_indexed
    return out


def search_latency(index: Any, rounds: int = 50) -> dict[str, Any]:
    """Hybrid search latency: every query new (its embedding included), then the same queries again
    (query vectors cached, as when an editor repeats a request)."""
    index.search("warm up the vector matrix")
    tag = index.workspace.name
    queries = [f"{QUERIES[i % len(QUERIES)]} {tag} {i}" for i in range(rounds)]
    cold, warm = [], []
    for times in (cold, warm):
        for query in queries:
            started = time.perf_counter()
            index.search(query, k=10)
            times.append((time.perf_counter() - started) * 1000)
    return {
        "search_ms_p50": _pct(cold, 0.5),
        "search_ms_p95": _pct(cold, 0.95),
        "search_cached_query_ms_p50": _pct(warm, 0.5),
        "search_cached_query_ms_p95": _pct(warm, 0.95),
    }


def resolve_latency(index: Any, rounds: int = 50) -> dict[str, Any] | None:
    """p50/p95 of ``Resolver.resolve`` once its features are built (the first call is timed apart)."""
    if importlib.util.find_spec("ormb_assist.indexer.resolver") is None:
        return None
    try:
        from ormb_assist.indexer.resolver import Resolver
    except ImportError as exc:  # the resolver is another module's work: report, keep benchmarking
        return {"error": f"resolver not importable: {exc}"}

    started = time.perf_counter()
    resolver = Resolver(index)
    resolver.resolve(QUERIES[0])
    first = time.perf_counter() - started
    times = []
    for i in range(rounds):
        query = QUERIES[i % len(QUERIES)] + ("" if i < len(QUERIES) else f" variant {i}")
        started = time.perf_counter()
        resolver.resolve(query)
        times.append((time.perf_counter() - started) * 1000)
    return {
        "first_call_s": round(first, 2),
        "resolve_ms_p50": _pct(times, 0.5),
        "resolve_ms_p95": _pct(times, 0.95),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="indexing benchmarks (JSON on stdout)")
    parser.add_argument("--files", type=int, default=10_000, help="synthetic workspace size")
    parser.add_argument("--workdir", type=Path, help="where workspaces are written (default: a temp folder)")
    parser.add_argument("--skip-synthetic", action="store_true")
    parser.add_argument("--skip-resolve", action="store_true", help="do not time the resolver")
    parser.add_argument("--out", type=Path, help="also write the JSON here (rewritten after every step)")
    args = parser.parse_args(argv)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="ormb-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    result: dict[str, Any] = {
        "machine": {
            "cpus": os.cpu_count(),
            "affinity": len(os.sched_getaffinity(0)),
            "loadavg_start": os.getloadavg(),
        },
    }
    sampler = RssSampler()
    started = time.perf_counter()

    def step(name: str, value: Any) -> Any:
        result[name] = value
        result["machine"]["loadavg_now"] = os.getloadavg()
        if args.out:
            args.out.write_text(json.dumps(result) + "\n", encoding="utf-8")
        print(f"{name}: {json.dumps(value)}", file=sys.stderr, flush=True)
        return value

    examples = workdir / "examples-workspace"
    shutil.rmtree(examples, ignore_errors=True)
    shutil.copytree(EXAMPLE, examples, ignore=shutil.ignore_patterns(".ormb-assist"))
    from ormb_assist.indexer.embeddings import Embedder

    load_started = time.perf_counter()
    Embedder().load()
    step("model_load_s", round(time.perf_counter() - load_started, 2))
    index, full = full_index(examples)
    step("examples_full_index", full)
    step("examples_one_file_reindex", one_file_reindex(index))
    step("examples_search", search_latency(index))
    if not args.skip_synthetic:
        synthetic = workdir / f"synthetic-{args.files}"
        if not (synthetic / "src").exists():
            script = REPO / "benchmarks" / "make_synthetic_workspace.py"
            subprocess.run(
                [sys.executable, str(script), str(args.files), str(synthetic)], check=True, stdout=sys.stderr
            )
        index, full = full_index(synthetic)
        step("synthetic_full_index", full)
    embedder = step("embedder", embedder_throughput(index))
    if not args.skip_synthetic:
        full["files_per_s_vs_embedder_texts_per_s"] = round(full["files_per_s"] / embedder["texts_per_s"], 3)
        step("peak_rss_after_full_index", dict(sampler.peak_snapshot()))
        del index  # one index in memory at a time, as in the editor
        gc.collect()
        index, reopened = reopen(synthetic)
        step("synthetic_reopen", reopened)
        step("synthetic_one_file_reindex", one_file_reindex(index))
        step("synthetic_search", search_latency(index))
    step("peak_rss_before_resolve", dict(sampler.peak_snapshot()))
    if not args.skip_resolve:  # last: the resolver's first call embeds its own features
        step("resolve", resolve_latency(index))
    step("peak_rss", sampler.result())
    result["machine"]["loadavg_end"] = os.getloadavg()
    result["total_s"] = round(time.perf_counter() - started, 1)
    text = json.dumps(result)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
