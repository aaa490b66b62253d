"""Read, hash and parse workspace files, in worker processes when there are many.

Everything that can go wrong with one file (unreadable, binary, too large, not UTF-8, syntax errors,
a parser crash) becomes an ``IndexProblem`` on that file's result; nothing here raises, so one bad
file never costs the rest of the index.  Parsing is CPU-bound Python (tree-sitter walks, sqlglot), so
a full index spreads it over a process pool; small batches (an editor save) run inline.
"""

from __future__ import annotations

import codecs
import contextlib
import hashlib
import logging
import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ormb_assist.indexer import serde
from ormb_assist.indexer.discovery import DDL, JAR, JAVA
from ormb_assist.indexer.models import IndexProblem

log = logging.getLogger(__name__)

INLINE_LIMIT = 48  # fewer files than this are parsed in-process (pool start-up costs ~1 s)
# Fewer bytes than this are parsed in-process too: ~1.5 s of parsing on one core (the 840 KB sample
# workspace parses in 0.64 s CPU), less than a pool's start-up (1-4 s with imports, more under load).
INLINE_BYTES = 2 * 1024 * 1024
BINARY_PROBE = 8192
# UTF-32 first: its little-endian mark starts with UTF-16's (FF FE).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
PARENT_CHECK_S = 0.5
_POOLS: set[ProcessPoolExecutor] = set()  # live pools, so an exiting server can end their workers


@dataclass
class ParseJob:
    rel: str
    path: str
    kind: str
    size: int
    mtime_ns: int
    known_sha: str = ""  # stored content hash: equal -> the file is unchanged, skip parsing
    max_bytes: int = 0  # 0 = no limit (jars are never limited)
    sources_jar: str = ""  # for jars: the *-sources.jar beside it (part of its content hash)
    cache_dir: str = ""
    text: str | None = None  # unsaved editor buffer instead of the file on disk


@dataclass
class ParseResult:
    rel: str
    kind: str
    size: int
    mtime_ns: int
    sha256: str = ""
    payload: Any = None  # JavaFileInfo | list[TableInfo] | list[JarClass] | None
    problems: list[IndexProblem] = field(default_factory=list)
    payload_json: str = ""  # the payload serialised here, in the worker, to spread the cost
    unchanged: bool = False
    renamed_from: str = ""  # same content as a vanished file: a move, nothing to parse
    store: bool = True  # False: retry next time (unreadable now, may be readable later)
    seconds: float = 0.0
    cpu_seconds: float = 0.0  # CPU time of this parse: the machine's cost whatever else runs on it


def parse_one(job: ParseJob) -> ParseResult:
    """Turn one job into a result; never raises."""
    started, cpu_started = time.perf_counter(), time.process_time()
    result = ParseResult(job.rel, job.kind, job.size, job.mtime_ns)
    try:
        _parse_into(job, result)
        if result.payload is not None:
            result.payload_json = serde.dumps(result.payload)
    except Exception as exc:  # a parser bug must not stop the index
        log.warning("parser failed on %s", job.rel, exc_info=True)
        result.payload = None
        result.problems.append(IndexProblem(job.rel, "error", f"parser failed: {type(exc).__name__}: {exc}"))
    result.seconds = time.perf_counter() - started
    result.cpu_seconds = time.process_time() - cpu_started
    return result


def _parse_into(job: ParseJob, result: ParseResult) -> None:
    if job.max_bytes and job.kind != JAR and job.size > job.max_bytes and job.text is None:
        result.sha256 = f"size:{job.size}:{job.mtime_ns}"
        result.problems.append(
            IndexProblem(
                job.rel,
                "too_large",
                f"{job.size:,} bytes is over the {job.max_bytes:,}-byte limit (max_file_bytes); skipped",
            )
        )
        return
    try:
        data = job.text.encode("utf-8") if job.text is not None else Path(job.path).read_bytes()
        result.sha256 = content_hash(data, job.sources_jar)
    except OSError as exc:
        result.store = False
        result.problems.append(
            IndexProblem(job.rel, "unreadable", f"cannot read file: {exc.strerror or exc}")
        )
        return
    if job.known_sha and job.known_sha == result.sha256:
        result.unchanged = True
        return
    if job.kind == JAR:
        _parse_jar(job, result)
        return
    if _bom_codec(data) is None and b"\0" in data[:BINARY_PROBE]:  # UTF-16/32 text is full of NULs
        result.problems.append(
            IndexProblem(job.rel, "binary", "binary content (NUL bytes) in a source file; skipped")
        )
        return
    text = _decode(data, job.rel, result.problems)
    if job.kind == JAVA:
        from ormb_assist.indexer.java_parser import parse_java

        info = parse_java(text, job.rel)
        info.content_hash = result.sha256
        if info.errors:
            more = f" (+{len(info.errors) - 3} more)" if len(info.errors) > 3 else ""
            detail = "; ".join(info.errors[:3]) + more
            result.problems.append(
                IndexProblem(job.rel, "syntax", f"Java syntax errors, indexed what parsed: {detail}")
            )
        result.payload = info
    elif job.kind == DDL:
        from ormb_assist.indexer.ddl import parse_ddl

        tables, problems = parse_ddl(text, job.rel)
        for table in tables:
            table.source = table.source or job.rel
        result.payload = tables
        result.problems.extend(problems)


def content_hash(data: bytes, sources_jar: str = "") -> str:
    """sha256 of a file's bytes; a jar's hash also covers the *-sources.jar read with it."""
    digest = hashlib.sha256(data)
    if sources_jar:
        digest.update(hashlib.sha256(Path(sources_jar).read_bytes()).digest())
    return digest.hexdigest()


def _bom_codec(data: bytes) -> str | None:
    """``utf-32`` / ``utf-16`` when ``data`` starts with that byte order mark (either byte order)."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec
    return None


def _decode(data: bytes, rel: str, problems: list[IndexProblem]) -> str:
    """By its BOM for UTF-16/32; else UTF-8 (BOM tolerated); else Latin-1, which never fails, with a note."""
    codec = _bom_codec(data)
    if codec is not None:
        try:
            return data.decode(codec)  # the BOM gives the byte order and is dropped
        except UnicodeDecodeError as exc:
            problems.append(
                IndexProblem(
                    rel, "encoding", f"not valid {codec.upper()} at offset {exc.start}; bad bytes replaced"
                )
            )
            return data.decode(codec, "replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        problems.append(
            IndexProblem(
                rel,
                "encoding",
                f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); read as Latin-1",
            )
        )
        return data.decode("latin-1")


def _parse_jar(job: ParseJob, result: ParseResult) -> None:
    from ormb_assist.indexer.jars import read_jar

    cache = Path(job.cache_dir) if job.cache_dir else None
    classes, problems = read_jar(Path(job.path), cache)
    for cls in classes:
        cls.jar = job.rel
    for problem in problems:  # "<abs path>!entry" -> "<rel path>!entry"
        problem.path = (
            problem.path.replace(str(job.path), job.rel, 1)
            if problem.path.startswith(str(job.path))
            else job.rel
        )
    result.payload = classes
    result.problems.extend(problems)


def parse_many(
    jobs: list[ParseJob], workers: int, on_result: Callable[[ParseResult], None] | None = None
) -> list[ParseResult]:
    """Parse ``jobs`` (inline when few, else in ``workers`` processes); results keep job order.

    A pool that cannot run (a script without a ``__main__`` guard, a worker killed for memory) costs
    speed, not the index: the remaining jobs are parsed in this process, with a warning.
    """
    results: list[ParseResult] = []
    try:
        for result in _iter_results(jobs, workers):
            results.append(result)
            if on_result is not None:
                on_result(result)
    except (BrokenProcessPool, OSError) as exc:
        log.warning("parse workers failed (%s); parsing the remaining files in this process", exc)
        for job in jobs[len(results) :]:
            results.append(parse_one(job))
            if on_result is not None:
                on_result(results[-1])
    return results


def _iter_results(jobs: list[ParseJob], workers: int) -> Iterator[ParseResult]:
    if workers <= 1 or len(jobs) < INLINE_LIMIT or sum(max(0, j.size) for j in jobs) < INLINE_BYTES:
        yield from map(parse_one, jobs)
        return
    # forkserver: never fork a process that already runs torch / LanceDB threads.
    context = multiprocessing.get_context(
        "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    )
    if context.get_start_method() == "forkserver":
        # Preload the parser, not the caller's ``__main__``: a script without a ``__main__`` guard
        # would otherwise run again inside the fork server (and wait on our own index lock).
        context.set_forkserver_preload([__name__])
    chunksize = max(1, min(32, len(jobs) // (workers * 8)))
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_watch_parent, initargs=(os.getpid(),)
    ) as pool:
        _POOLS.add(pool)
        try:
            yield from pool.map(parse_one, jobs, chunksize=chunksize)
        finally:
            _POOLS.discard(pool)


def terminate_workers() -> None:
    """Kill this process's parse workers now (the server is exiting; their work is thrown away).
    The fork server and the resource tracker then end by themselves: they live while a worker does."""
    for pool in list(_POOLS):
        for process in list((getattr(pool, "_processes", None) or {}).values()):
            with contextlib.suppress(OSError, ValueError, AttributeError):
                process.kill()


def _watch_parent(parent_pid: int) -> None:
    """Worker initializer: end this worker once the process that started the pool is gone.

    A killed ``index`` (or a server that exits without shutting the pool down) would otherwise leave
    its workers waiting on their task queue forever, and with them the fork server and the resource
    tracker.  POSIX only: elsewhere ``os.kill(pid, 0)`` is not a harmless probe."""
    if os.name != "posix":
        return

    def watch() -> None:
        while _alive(parent_pid):
            time.sleep(PARENT_CHECK_S)
        os._exit(1)

    threading.Thread(target=watch, daemon=True, name="ormb-parent-watch").start()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # a killed parent that nobody has reaped yet is a zombie: gone for our purposes
        with open(f"/proc/{pid}/stat", "rb") as stat:
            return stat.read().rsplit(b")", 1)[-1].split()[0] not in (b"Z", b"X")
    except (OSError, IndexError):
        return True


def default_workers() -> int:
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - non-Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, 8))
