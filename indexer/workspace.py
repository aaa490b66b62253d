"""``WorkspaceIndex``: the object every feature holds: in-memory views plus the LanceDB store.

- ``open`` is cheap: it reads the stored per-file records (parsed payloads) and derives the views;
  no file is parsed and the embedding model is not loaded.
- ``build`` is incremental by content hash (size + mtime first, so unchanged files are not even
  read), handles deletes and renames, and reuses the stored vector of any chunk whose text did not
  change.  A corrupt, unreadable or older-format index is discarded with a warning and rebuilt.
- ``update_file`` / ``remove_file`` serve the language server (one file, unsaved buffers too).

Thread safety: writers hold ``_write_lock``; readers use the ``Views`` snapshot that was current when
they looked (views are never mutated, only replaced).  Across processes a lock file serialises writers.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout

from ormb_assist.indexer import serde
from ormb_assist.indexer.discovery import DDL, JAR, JAR_SOURCES, JAVA, FoundFile, discover, kind_of, relative
from ormb_assist.indexer.embeddings import Embedder
from ormb_assist.indexer.index_writer import IndexWriter
from ormb_assist.indexer.models import (
    IndexProblem,
    IndexSummary,
    JarClass,
    JavaClassInfo,
    JavaFileInfo,
    SearchHit,
    SpotInfo,
    TableInfo,
)
from ormb_assist.indexer.parse_pool import (
    ParseJob,
    ParseResult,
    content_hash,
    default_workers,
    parse_many,
    parse_one,
)
from ormb_assist.indexer.store import DB_DIR, META_FILE, IndexCorruptError, IndexStore
from ormb_assist.indexer.views import FileRecord, Views, build_views, resolve_type
from ormb_assist.settings import Settings

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]  # (stage, done, total)
LOCK_FILE = "index.lock"
BUILD_LOCK_TIMEOUT_S = 900.0
UPDATE_LOCK_TIMEOUT_S = 5.0


class IndexBusyError(RuntimeError):
    """Another process holds the index lock for longer than we can wait."""


class WorkspaceIndex:
    def __init__(
        self, workspace: Path, settings: Settings | None = None, embedder: Embedder | None = None
    ) -> None:
        self.workspace = Path(workspace).resolve()
        self._given_workspace = Path(os.path.abspath(workspace))
        self.settings = settings or Settings()
        self.index_dir = self.settings.index_path(self.workspace).resolve()
        self.embedder = embedder or Embedder(self.settings.embedding_model)
        self.store = IndexStore(self.index_dir, self.embedder)
        self.workers = default_workers()
        self._records: dict[str, FileRecord] = {}
        self._transient: list[IndexProblem] = []  # discovery/unreadable problems, re-checked every build
        self._views = Views.empty()
        self._write_lock = threading.RLock()
        self._opened = False
        self._rebuild_reason = ""
        self._files_version: int | None = None
        self._file_lock: FileLock | None = None
        self._heal_armed = True
        self.isolate_full_builds = False  # True: full builds run in a child process (see ``build``)
        self.last_build_pid = 0  # the process that ran the last ``build`` (a child when isolated)
        self._child_building = False

    # ---- opening ---------------------------------------------------------------------------
    @classmethod
    def open(
        cls, workspace: Path, settings: Settings | None = None, embedder: Embedder | None = None
    ) -> WorkspaceIndex:
        """Load what is stored (cheap); a broken index is noted here and rebuilt by ``build``."""
        index = cls(workspace, settings, embedder)
        index._load()
        return index

    def _load(self) -> None:
        if not (self.index_dir / META_FILE).exists() and not (self.index_dir / DB_DIR).exists():
            return  # never built: build() creates it
        try:
            self.store.open()
            records = {row.path: _decode(row) for row in self.store.load_files()}
            self._files_version = self.store.files.version
        except (IndexCorruptError, ValueError, TypeError, KeyError) as exc:
            self._mark_broken(str(exc))
            return
        self._records = records
        self._views = build_views(self.workspace, records, self._transient)
        self._opened = True

    def _mark_broken(self, reason: str) -> None:
        log.warning("index at %s is unusable (%s); it will be rebuilt", self.index_dir, reason)
        self._rebuild_reason = reason
        self._opened = False
        self.store.close()

    # ---- views (each read returns the current immutable snapshot) ----------------------------
    def snapshot(self) -> Views:
        """All views at one instant: use this when reading several of them together."""
        return self._views

    @property
    def files(self) -> dict[str, JavaFileInfo]:
        return self._views.files

    @property
    def classes(self) -> dict[str, JavaClassInfo]:
        return self._views.classes

    @property
    def class_paths(self) -> dict[str, str]:
        return self._views.class_paths

    @property
    def tables(self) -> dict[str, TableInfo]:
        return self._views.tables

    @property
    def jar_classes(self) -> dict[str, JarClass]:
        return self._views.jar_classes

    @property
    def spots(self) -> dict[str, SpotInfo]:
        return self._views.spots

    @property
    def jar_paths(self) -> list[Path]:
        return self._views.jar_paths

    @property
    def problems(self) -> list[IndexProblem]:
        return self._views.problems

    def resolve_type(self, simple_name: str, context_fqn: str | None = None) -> str | None:
        return resolve_type(self._views, simple_name, context_fqn)

    # ---- building ----------------------------------------------------------------------------
    def build(self, progress: Progress | None = None, full: bool = False) -> IndexSummary:
        """Bring the index up to date with the workspace on disk.

        With ``isolate_full_builds`` set (the language server), a full build (first, ``full``, or
        rebuilding a broken index) runs in a child process and this process then opens the result:
        what the build allocated (parse results, embedder arenas, writer buffers) dies with the child.
        """
        started = time.perf_counter()
        with self._write_lock, self._process_lock(BUILD_LOCK_TIMEOUT_S):
            self._reload_if_changed_elsewhere()
            if self._isolate(full):
                summary = self._build_in_child(progress, full)
            else:
                summary = self.build_unlocked(progress, full)
            summary.timings["total"] = round(time.perf_counter() - started, 3)
            return summary

    def build_unlocked(self, progress: Progress | None = None, full: bool = False) -> IndexSummary:
        """``build`` in this process, for a caller that already holds the write locks (the worker)."""
        self.last_build_pid = os.getpid()
        rebuilt = bool(self._rebuild_reason)
        try:
            summary = self._build(progress, full or rebuilt or not self._opened)
        except Exception as exc:
            if not _storage_error(exc):
                raise
            self._mark_broken(f"{type(exc).__name__}: {exc}")
            rebuilt = True
            summary = self._build(progress, True)
        summary.rebuilt = rebuilt
        summary.chunks = self.store.count_chunks()
        return summary

    def _isolate(self, full: bool) -> bool:
        """A full build for an owner that asked for isolation, with an embedder a child can recreate."""
        will_be_full = full or bool(self._rebuild_reason) or not self._opened
        wanted = self.isolate_full_builds and os.environ.get("ORMB_ASSIST_BUILD_IN_PROCESS") != "1"
        return wanted and will_be_full and type(self.embedder) is Embedder

    def _build_in_child(self, progress: Progress | None, full: bool) -> IndexSummary:
        from ormb_assist.indexer.build_worker import run_build_in_child

        # Readers keep the current views and store handles meanwhile (a search may fail while the
        # child recreates the tables: it returns nothing then, instead of healing the index).
        self._child_building = True
        try:
            summary, transient, pid = run_build_in_child(
                self.workspace, self.settings, full or not self._opened, self._rebuild_reason, progress
            )
        except OSError as exc:  # no process could be started (limits, sandbox): build here instead
            log.warning("cannot start an index build worker (%s); building in this process", exc)
            return self.build_unlocked(progress, full)
        finally:
            self._child_building = False
        self.last_build_pid = pid
        self._transient = transient
        self._rebuild_reason = ""
        self._opened = False
        self._load()  # reopens the store: new tables, vectors reloaded on the next search
        if not self._opened:
            raise IndexCorruptError(f"the index built by the worker cannot be opened: {self._rebuild_reason}")
        return summary

    def _build(self, progress: Progress | None, full: bool) -> IndexSummary:
        if full:
            self.store.create()
            self._records = {}
            self._opened = True
            self._rebuild_reason = ""
        summary = IndexSummary()
        t0 = time.perf_counter()
        found, transient = discover(self.workspace, skip=[self.index_dir])
        summary.timings["discover"] = round(time.perf_counter() - t0, 3)
        sources = {f.rel: f for f in found if f.kind == JAR_SOURCES}
        found = [f for f in found if f.kind != JAR_SOURCES]
        summary.files_seen = len(found)
        present = {f.rel for f in found}
        vanished = {rel: rec for rel, rec in self._records.items() if rel not in present}
        rename_shas = {rec.sha256: rel for rel, rec in vanished.items() if rec.sha256}
        jobs, moves = [], []
        for file in found:
            job = self._job(file, sources)
            if job is None:
                summary.files_unchanged += 1
            elif rename_shas and job.rel not in self._records and (move := _moved_here(job, rename_shas)):
                moves.append(move)  # same bytes as a vanished file: a rename, nothing to parse
            else:
                jobs.append(job)
        t0 = time.perf_counter()
        done = [0]

        def tick(_: ParseResult) -> None:
            done[0] += 1
            if progress is not None:
                progress("parse", done[0], len(jobs))

        results = moves + parse_many(jobs, self.workers, tick)
        summary.timings["parse"] = round(time.perf_counter() - t0, 3)
        summary.timings["parse_cpu"] = round(sum(r.cpu_seconds for r in results), 3)
        self._transient = transient
        self._apply(results, sorted(vanished), summary, progress)
        if self.store.fresh:
            self.store.mark_complete()
        return summary

    def _job(self, file: FoundFile, sources: dict[str, FoundFile]) -> ParseJob | None:
        """A parse job for a new or changed file; None when size and mtime say it is unchanged."""
        size, mtime = file.size, file.mtime_ns
        sources_jar = ""
        if file.kind == JAR:
            extra = sources.get(file.rel[: -len(".jar")] + "-sources.jar")
            if extra is not None:
                sources_jar, size, mtime = str(extra.path), size + extra.size, max(mtime, extra.mtime_ns)
        known = self._records.get(file.rel)
        if known is not None and known.size == size and known.mtime_ns == mtime:
            return None
        return ParseJob(
            rel=file.rel,
            path=str(file.path),
            kind=file.kind,
            size=size,
            mtime_ns=mtime,
            known_sha=known.sha256 if known else "",
            max_bytes=self.settings.max_file_bytes,
            sources_jar=sources_jar,
            cache_dir=str(self.index_dir / "jar-cache"),
        )

    def _apply(
        self, results: list[ParseResult], deleted: list[str], summary: IndexSummary, progress: Progress | None
    ) -> None:
        """Write parse results and deletions to the store, then swap in the new views."""
        writer = IndexWriter(
            self.store, self.embedder, self.workspace, self._records, self._transient, self._views
        )
        records, views = writer.apply(results, deleted, summary, progress)
        self._records = records
        self._views = views
        self._files_version = self.store.files.version
        summary.java_classes = len(views.classes)
        summary.spots = len(views.spots)
        summary.tables = len(views.tables)
        summary.jar_classes = len(views.jar_classes)
        summary.problems = list(views.problems)

    def _reload_if_changed_elsewhere(self) -> None:
        """Another process may have written the index since we loaded it: reload its records."""
        if not self._opened:
            return
        try:
            version = self.store.files.version
        except Exception as exc:  # a table that cannot even report its version is corrupt
            self._mark_broken(f"{type(exc).__name__}: {exc}")
            return
        if version != self._files_version:
            log.info("index changed on disk since it was opened; reloading")
            self._load()

    # ---- single files (language server) ------------------------------------------------------
    def update_file(self, path: Path, text: str | None = None) -> IndexSummary:
        """Re-index one file; ``text`` is the editor's unsaved buffer (the disk is not read then)."""
        absolute = self._absolute(path)
        rel = self._rel(absolute)
        kind = kind_of(absolute.name)
        if kind is None or kind == JAR_SOURCES:
            return IndexSummary()
        if text is None and not absolute.exists():
            return self.remove_file(absolute)
        summary = IndexSummary(files_seen=1)
        started = time.perf_counter()
        with self._write_lock, self._process_lock(UPDATE_LOCK_TIMEOUT_S):
            if not self._opened:
                return self.build()
            known = self._records.get(rel)
            try:
                stat = absolute.stat()
                size, mtime = stat.st_size, stat.st_mtime_ns
            except OSError:
                size, mtime = 0, 0
            job = ParseJob(
                rel=rel,
                path=str(absolute),
                kind=kind,
                size=-1 if text is not None else size,  # a buffer: the next build re-reads the disk
                mtime_ns=mtime,
                known_sha=known.sha256 if known else "",
                max_bytes=self.settings.max_file_bytes,
                cache_dir=str(self.index_dir / "jar-cache"),
                text=text,
            )
            t0 = time.perf_counter()
            result = parse_one(job)
            summary.timings["parse"] = round(time.perf_counter() - t0, 4)
            self._apply([result], [], summary, None)
            summary.problems = [p for p in summary.problems if p.path == rel or p.path.startswith(rel + "!")]
        summary.timings["total"] = round(time.perf_counter() - started, 4)
        return summary

    def remove_file(self, path: Path) -> IndexSummary:
        """Forget a deleted file (its chunks, classes, tables and problems)."""
        rel = self._rel(self._absolute(path))
        summary = IndexSummary()
        with self._write_lock, self._process_lock(UPDATE_LOCK_TIMEOUT_S):
            if rel in self._records and self._opened:
                self._apply([], [rel], summary, None)
        return summary

    # ---- search ------------------------------------------------------------------------------
    def search(
        self, query: str, kinds: list[str] | None = None, k: int = 10, where: str = ""
    ) -> list[SearchHit]:
        """Hybrid search (BM25 + vectors, reciprocal-rank fusion); ``where`` is a LanceDB SQL filter
        over the chunk columns (kind, name, path, fqn, spot, tables)."""
        if not self._opened or not query.strip():
            return []
        from ormb_assist.indexer.chunks import words_of

        vector = self.embedder.encode_query(query)
        text = f"{query} {words_of(query)}"
        try:
            hits = self.store.search(text, vector, kinds, k, where)
        except Exception as exc:  # LanceDB errors: report, repair once, keep serving
            if not self.heal(exc):
                return []
            try:
                hits = self.store.search(text, vector, kinds, k, where)
            except Exception as again:
                log.warning("index search still fails after repair (%s: %s)", type(again).__name__, again)
                return []
        self._heal_armed = True  # a later failure may be repaired again
        return hits

    def heal(self, exc: BaseException) -> bool:
        """Repair the component behind a failed read: the full-text index alone when that is what
        broke, else the whole index (rebuilt now, not on some later ``build``); True when repaired.

        One attempt per failure streak: a repair that does not help is not retried in a loop.
        """
        if not self._heal_armed or self._child_building:  # a worker is rewriting the index right now
            return False
        self._heal_armed = False
        log.warning("index at %s is damaged (%s: %s); repairing it", self.index_dir, type(exc).__name__, exc)
        try:
            with self._write_lock, self._process_lock(BUILD_LOCK_TIMEOUT_S):
                if fts_damage(exc):
                    try:
                        self.store.refresh_fts(full=True)
                        log.warning("full-text index of %s rebuilt", self.index_dir)
                        return True
                    except Exception as fts_exc:
                        log.warning("full-text index rebuild failed (%s); rebuilding the index", fts_exc)
                self._rebuild_reason = f"search failed: {exc}"
                self.build()
            log.warning("index at %s rebuilt", self.index_dir)
            return True
        except Exception as heal_exc:
            log.warning("index repair failed (%s: %s)", type(heal_exc).__name__, heal_exc)
            return False

    # ---- helpers -----------------------------------------------------------------------------
    def _absolute(self, path: Path) -> Path:
        path = Path(path)
        return Path(os.path.abspath(path if path.is_absolute() else self.workspace / path))

    def _rel(self, absolute: Path) -> str:
        """Workspace-relative key of a path given by an editor (links inside the workspace kept)."""
        for root in (self.workspace, self._given_workspace):
            try:
                return absolute.relative_to(root).as_posix()
            except ValueError:
                continue
        return relative(self.workspace, absolute.resolve())

    def _process_lock(self, timeout: float) -> _Held:
        """Serialise writers across processes (the CLI and a language server on one workspace)."""
        self.index_dir.mkdir(parents=True, exist_ok=True)
        if self._file_lock is None:
            self._file_lock = FileLock(str(self.index_dir / LOCK_FILE), thread_local=False)
        lock = self._file_lock  # one reentrant lock object: nested use in this process never blocks
        try:
            lock.acquire(timeout=0)
        except Timeout:
            log.warning("waiting for another ormb-assist process that is writing %s", self.index_dir)
            try:
                lock.acquire(timeout=timeout)
            except Timeout as exc:
                raise IndexBusyError(
                    f"index {self.index_dir} is locked by another process ({LOCK_FILE})"
                ) from exc
        return _Held(lock)


class _Held:
    """Context manager releasing an already-acquired file lock."""

    def __init__(self, lock: FileLock) -> None:
        self.lock = lock

    def __enter__(self) -> _Held:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.lock.release()


def _moved_here(job: ParseJob, rename_shas: dict[str, str]) -> ParseResult | None:
    """A result marking ``job``'s file as a move of a vanished file with the same content."""
    try:
        sha = content_hash(Path(job.path).read_bytes(), job.sources_jar)
    except OSError:
        return None  # the parse job reports it
    if sha not in rename_shas:
        return None
    result = ParseResult(job.rel, job.kind, job.size, job.mtime_ns, sha256=sha, unchanged=True)
    result.renamed_from = rename_shas[sha]
    return result


def _storage_error(exc: BaseException) -> bool:
    """An error reading or writing the LanceDB folder (corrupt files), as opposed to a bug."""
    if isinstance(exc, IndexCorruptError):
        return True
    module = type(exc).__module__
    text = str(exc).lower()
    return isinstance(exc, (OSError, RuntimeError, ValueError)) and (
        module.startswith(("lance", "pyarrow")) or "lance" in text or "arrow" in text
    )


def fts_damage(exc: BaseException) -> bool:
    """An error from the full-text index files (``_indices/…``), which can be rebuilt on their own."""
    text = str(exc)
    return "_indices" in text or "inverted" in text.lower() or "FTS" in text


def _decode(row: Any) -> FileRecord:
    payload: Any = None
    if row.payload:
        if row.kind == JAVA:
            payload = serde.loads_one(JavaFileInfo, row.payload)
        elif row.kind == DDL:
            payload = serde.loads_list(TableInfo, row.payload)
        elif row.kind == JAR:
            payload = serde.loads_list(JarClass, row.payload)
    return FileRecord(
        row.path,
        row.kind,
        row.sha256,
        row.size,
        row.mtime_ns,
        payload,
        serde.loads_list(IndexProblem, row.problems),
    )
