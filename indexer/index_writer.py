"""Apply one batch of parse results and deletions: records, chunks, vectors, store writes, views.

Write order matters for crash safety: chunks first, the ``files`` rows last.  A run cut short leaves
the old hashes in ``files``, so the next build parses those files again and replaces whatever chunks
they had half-written.  A first or ``--full`` build is sealed only once it finished
(``IndexStore.mark_complete``): cut short, it is discarded and rebuilt, never topped up.
"""

from __future__ import annotations

import copy
import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from ormb_assist.indexer import serde
from ormb_assist.indexer.chunks import jar_chunks, java_chunks, spot_chunk, table_chunk
from ormb_assist.indexer.discovery import DDL, JAR, JAVA
from ormb_assist.indexer.models import IndexProblem, IndexSummary
from ormb_assist.indexer.parse_pool import ParseResult
from ormb_assist.indexer.store import Chunk, FileRow, IndexStore, text_hash
from ormb_assist.indexer.views import FileRecord, Views, build_views

log = logging.getLogger(__name__)

EMBED_BATCH = 256  # texts per progress step
WRITE_GROUP = 1000  # changed files whose chunks are built, embedded and written together
FTS_REFRESH_AFTER = (
    100  # single-file writes before the full-text index is folded in (new rows are scanned meanwhile)
)
SKIP_KINDS = frozenset({"too_large", "binary", "unreadable", "error"})


class IndexWriter:
    def __init__(
        self,
        store: IndexStore,
        embedder: Any,
        workspace: Path,
        records: dict[str, FileRecord],
        transient: list[IndexProblem],
        previous: Views | None = None,
    ) -> None:
        self.previous = previous
        self.store = store
        self.embedder = embedder
        self.workspace = workspace
        self.records = records
        self.transient = transient

    def apply(
        self,
        results: list[ParseResult],
        deleted: list[str],
        summary: IndexSummary,
        progress: Callable[[str, int, int], None] | None,
    ) -> tuple[dict[str, FileRecord], Views]:
        t0 = time.perf_counter()
        records = dict(self.records)
        for rel in deleted:
            records.pop(rel, None)
        changed: list[str] = []  # files whose chunks are replaced
        rows: list[FileRow] = []
        renamed_from: set[str] = set()
        for result in results:
            record = self._record(result, records, summary, renamed_from)
            if record is None:
                continue
            records[result.rel] = record
            rows.append(_row(record, result))
            if not result.unchanged or result.renamed_from:
                changed.append(result.rel)
        summary.files_deleted += len([d for d in deleted if d not in renamed_from])
        touched = [
            r for rel in changed + deleted for r in (self.records.get(rel), records.get(rel)) if r is not None
        ]
        views = build_views(
            self.workspace,
            records,
            self.transient,
            previous=self.previous if self.records else None,  # a full build derives everything anew
            changed=frozenset(r.kind for r in touched),
            interfaces_changed=any(_has_interface(r) for r in touched),
            changed_paths=set(changed + deleted),
        )
        summary.timings["views"] = round(time.perf_counter() - t0, 4)

        spot_names = set(views.spots)
        derived, stale_derived = self._derived_changes(views)
        replace = bool(self.records) or not self.store.fresh  # a fresh index has nothing to replace
        reuse = self.store.reusable_vectors(changed + deleted, stale_derived) if replace else {}
        if replace:
            self.store.delete_chunks(owners=changed + deleted, ids=stale_derived)
        for key in ("chunks", "embed", "embed_cpu", "write"):
            summary.timings.setdefault(key, 0.0)
        groups = [changed[i : i + WRITE_GROUP] for i in range(0, len(changed), WRITE_GROUP)] or [[]]
        for n, group in enumerate(groups):  # bounded memory: a 10k-file build never holds every chunk
            t0 = time.perf_counter()
            chunks = [c for rel in group for c in _file_chunks(rel, records[rel], spot_names)]
            if n == len(groups) - 1:
                chunks.extend(derived)
            summary.timings["chunks"] += time.perf_counter() - t0
            t0, cpu0 = time.perf_counter(), time.process_time()
            vectors, embedded = self._vectors(chunks, reuse, _group_progress(progress, n, len(groups)))
            summary.chunks_embedded += embedded
            summary.timings["embed"] += time.perf_counter() - t0
            summary.timings["embed_cpu"] += time.process_time() - cpu0  # all threads of this process
            t0 = time.perf_counter()
            self.store.add_chunks(chunks, vectors)
            summary.timings["write"] += time.perf_counter() - t0
        t0 = time.perf_counter()
        self.store.write_files(deleted, rows)
        self.store.writes_since_fts += 1
        if (
            self.store.fts_missing()
            or len(changed) + len(deleted) > 50
            or self.store.writes_since_fts >= FTS_REFRESH_AFTER
        ):
            self.store.refresh_fts()
        summary.timings["write"] += time.perf_counter() - t0
        for key in ("chunks", "embed", "embed_cpu", "write"):
            summary.timings[key] = round(summary.timings[key], 4)
        return records, views

    def _record(
        self,
        result: ParseResult,
        records: dict[str, FileRecord],
        summary: IndexSummary,
        renamed_from: set[str],
    ) -> FileRecord | None:
        if result.renamed_from and result.renamed_from in self.records:
            summary.files_renamed += 1
            renamed_from.add(result.renamed_from)
            return _moved(self.records[result.renamed_from], result)
        if result.unchanged:
            summary.files_unchanged += 1
            known = records.get(result.rel)
            if known is None or (known.size, known.mtime_ns) == (result.size, result.mtime_ns):
                return None
            return FileRecord(
                known.path,
                known.kind,
                known.sha256,
                result.size,
                result.mtime_ns,
                known.payload,
                known.problems,
            )
        if not result.store:  # unreadable right now: keep what we had, report, retry next time
            summary.files_skipped += 1
            self.transient.extend(result.problems)
            return None
        if result.payload is None and any(p.kind in SKIP_KINDS for p in result.problems):
            summary.files_skipped += 1
        else:
            summary.files_indexed += 1
        return FileRecord(
            result.rel,
            result.kind,
            result.sha256,
            result.size,
            result.mtime_ns,
            result.payload,
            result.problems,
        )

    def _derived_changes(self, views: Views) -> tuple[list[Chunk], list[str]]:
        """Spot and table records whose text changed (to add) and stored ids to drop."""
        stored = self.store.derived_hashes()
        fresh = [_spot_chunk(s) for s in views.spots.values()] + [
            _table_chunk(t) for t in views.tables.values()
        ]
        by_id = {c.id: c for c in fresh}
        add = [c for c in by_id.values() if stored.get(c.id) != text_hash(c.text)]
        drop = [cid for cid in stored if cid not in by_id or stored[cid] != text_hash(by_id[cid].text)]
        return add, drop

    def _vectors(
        self,
        chunks: list[Chunk],
        reuse: dict[str, np.ndarray],
        progress: Callable[[str, int, int], None] | None,
    ) -> tuple[np.ndarray, int]:
        wanted = [c for c in chunks if c.embed]
        keys = [text_hash(c.model_text) for c in wanted]
        missing = list(dict.fromkeys(k for k in keys if k not in reuse))
        texts = {text_hash(c.model_text): c.model_text for c in wanted}
        fresh: dict[str, np.ndarray] = {}
        for start in range(0, len(missing), EMBED_BATCH):
            part = missing[start : start + EMBED_BATCH]
            for key, vector in zip(part, self.embedder.encode([texts[k] for k in part]), strict=True):
                fresh[key] = vector
            if progress is not None:
                progress("embed", min(start + EMBED_BATCH, len(missing)), len(missing))
        if not wanted:
            return np.zeros((0, self.store.dim), dtype=np.float32), 0
        return np.stack([fresh[k] if k in fresh else reuse[k] for k in keys]), len(missing)


def _group_progress(
    progress: Callable[[str, int, int], None] | None, group: int, groups: int
) -> Callable[[str, int, int], None] | None:
    """Embedding progress of one write group, reported in thousandths of the whole build."""
    if progress is None or groups == 1:
        return progress

    def report(stage: str, done: int, total: int) -> None:
        progress(stage, int(1000 * (group + done / max(total, 1)) / groups), 1000)

    return report


# Spot/table records are rebuilt after every edit but rarely change: memoise them on their inputs.
_spot_chunks: dict[tuple[Any, ...], Chunk] = {}
_table_chunks: dict[int, tuple[Any, Chunk]] = {}


def _spot_chunk(spot: Any) -> Chunk:
    key = (
        spot.fqn,
        spot.javadoc,
        spot.source,
        tuple(m.signature for m in spot.methods),
        tuple(spot.implementations),
        tuple(spot.tables_touched.items()),
    )
    if key not in _spot_chunks:
        if len(_spot_chunks) > 20_000:
            _spot_chunks.clear()
        _spot_chunks[key] = spot_chunk(spot)
    return _spot_chunks[key]


def _table_chunk(table: Any) -> Chunk:
    """Merged tables are reused as the same objects while no DDL file changes (see build_views)."""
    cached = _table_chunks.get(id(table))
    if cached is not None and cached[0] is table:
        return cached[1]
    if len(_table_chunks) > 20_000:
        _table_chunks.clear()
    chunk = table_chunk(table)
    _table_chunks[id(table)] = (table, chunk)
    return chunk


def _has_interface(record: FileRecord) -> bool:
    return (
        record.kind == JAVA
        and record.payload is not None
        and any(c.kind == "interface" for c in record.payload.classes)
    )


def _file_chunks(rel: str, record: FileRecord, spot_names: set[str]) -> list[Chunk]:
    if record.payload is None:
        return []
    if record.kind == JAVA:
        return java_chunks(rel, record.payload, spot_names)
    if record.kind == JAR:
        return jar_chunks(rel, record.payload)
    return []  # DDL: tables are merged across files and written as derived records


def _moved(old: FileRecord, result: ParseResult) -> FileRecord:
    """The record of a vanished file under its new path (same content: nothing re-parsed)."""
    payload = copy.deepcopy(old.payload)
    if old.kind == JAVA and payload is not None:
        payload.path = result.rel
    elif old.kind == DDL and payload is not None:
        for table in payload:
            table.source = result.rel if table.source == old.path else table.source
    elif old.kind == JAR and payload is not None:
        for cls in payload:
            cls.jar = result.rel
    problems = [
        IndexProblem(
            result.rel + p.path[len(old.path) :] if p.path.startswith(old.path) else p.path, p.kind, p.message
        )
        for p in old.problems
    ]
    return FileRecord(result.rel, old.kind, old.sha256, result.size, result.mtime_ns, payload, problems)


def _row(record: FileRecord, result: ParseResult) -> FileRow:
    payload = (
        result.payload_json
        if (result.payload_json and not result.renamed_from)
        else (serde.dumps(record.payload) if record.payload is not None else "")
    )
    return FileRow(
        path=record.path,
        kind=record.kind,
        sha256=record.sha256,
        size=record.size,
        mtime_ns=record.mtime_ns,
        payload=payload,
        problems=serde.dumps(record.problems),
    )
