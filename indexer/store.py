"""The on-disk index: LanceDB tables ``chunks`` and ``files`` plus a ``meta.json`` with the format version.

- ``files``: one row per workspace file (content hash, size, mtime, parsed payload as JSON, problems)
  so that reopening restores the in-memory views without parsing anything.
- ``chunks``: retrieval records (class, method, spot, table, jar_class) with the display text, a
  search text (identifiers split, lower-cased: LanceDB's tokenizer does not split camelCase), the
  vector and metadata.  Only kinds worth the embedding cost carry a real vector (``embedded``);
  the others are found through the native full-text index.

Hybrid search fuses BM25 (LanceDB FTS) and cosine similarity with reciprocal-rank fusion.  The cosine
side runs over an in-memory matrix of the embedded rows, loaded from LanceDB on first use and kept in
step with every write: a flat LanceDB vector scan with the ``embedded`` prefilter took 100-160 ms on
this 2-core machine against ~3 ms for the matrix product (benchmarks/README.md).
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import threading
import time
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa

from ormb_assist.indexer.hybrid import VectorRows, fuse
from ormb_assist.indexer.models import SearchHit

log = logging.getLogger(__name__)

FORMAT_VERSION = 5  # 5: class embedding texts spell meanings (chunks.meaning)
META_FILE = "meta.json"
DB_DIR = "lance"
OLD_VERSIONS_KEPT = timedelta(minutes=1)  # readers in another process may still be on an older version
HIT_COLUMNS = ["id", "kind", "name", "fqn", "path", "spot", "tables", "text", "meta"]


class IndexCorruptError(RuntimeError):
    """The index folder cannot be used as is (unreadable, other format or other embedding model)."""


@dataclass
class Chunk:
    id: str
    kind: str
    name: str
    text: str
    search_text: str
    owner: str = ""  # workspace-relative file that produced it; "" for records derived from many files
    path: str = ""
    fqn: str = ""
    spot: str = ""
    tables: list[str] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    embed: bool = False
    embed_text: str = ""  # what the model reads when shorter than ``text`` (embedding cost is per token)

    @property
    def model_text(self) -> str:
        return self.embed_text or self.text


@dataclass
class FileRow:
    path: str
    kind: str
    sha256: str
    size: int
    mtime_ns: int
    payload: str  # JSON
    problems: str  # JSON list of IndexProblem


def _schema(dim: int) -> tuple[pa.Schema, pa.Schema]:
    chunks = pa.schema(
        [
            ("id", pa.string()),
            ("kind", pa.string()),
            ("name", pa.string()),
            ("owner", pa.string()),
            ("path", pa.string()),
            ("fqn", pa.string()),
            ("spot", pa.string()),
            ("tables", pa.list_(pa.string())),
            ("text", pa.string()),
            ("search_text", pa.string()),
            ("text_hash", pa.string()),
            ("embed_hash", pa.string()),
            ("embedded", pa.bool_()),
            ("meta", pa.string()),
            ("vector", pa.list_(pa.float32(), dim)),
        ]
    )
    files = pa.schema(
        [
            ("path", pa.string()),
            ("kind", pa.string()),
            ("sha256", pa.string()),
            ("size", pa.int64()),
            ("mtime_ns", pa.int64()),
            ("payload", pa.string()),
            ("problems", pa.string()),
        ]
    )
    return chunks, files


def _quote(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def in_list(column: str, values: list[str]) -> str:
    return f"{column} IN ({', '.join(_quote(v) for v in values)})"


class IndexStore:
    """LanceDB on disk under ``index_dir``; one instance per process and index folder."""

    def __init__(self, index_dir: Path, embedder: Any, dim: int | None = None) -> None:
        self.index_dir = Path(index_dir)
        self.embedder = embedder
        self._given_dim = dim
        self._dim = dim
        self.fresh = False  # created by this process and not yet complete: nothing stored to replace
        self._db: Any = None
        self.chunks: Any = None
        self.files: Any = None
        self._vectors: VectorRows | None = None
        self._vectors_lock = threading.Lock()
        self._derived: dict[str, str] | None = None  # id -> text hash of the spot/table records
        self.writes_since_fts = 0

    # ---- lifecycle ---------------------------------------------------------------------------
    @property
    def dim(self) -> int:
        if self._dim is None:
            self._dim = self.embedder.dim
        return self._dim

    def _meta(self, complete: bool) -> dict[str, Any]:
        return {
            "format": FORMAT_VERSION,
            "embedding_model": self.embedder.name,
            "dim": self.dim,
            "complete": complete,
        }

    def _write_meta(self, complete: bool) -> None:
        """Write ``meta.json`` atomically (a torn write would read as a corrupt index)."""
        path = self.index_dir / META_FILE
        tmp = path.with_name(f".{META_FILE}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(self._meta(complete)), encoding="utf-8")
        os.replace(tmp, path)

    def mark_complete(self) -> None:
        """Seal a build that wrote every file: from now on ``open`` accepts the index.

        ``create`` writes ``complete: false``; a build cut short (kill -9, Ctrl-C, a full disk)
        before this point leaves that flag, and the next ``open`` refuses the half-written index,
        so it is rebuilt instead of being topped up with a second copy of every chunk.
        """
        self._write_meta(True)
        self.fresh = False

    def open(self) -> None:
        """Open an existing index; raise IndexCorruptError when it is unreadable or from another format."""
        import lancedb

        meta_path = self.index_dir / META_FILE
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise IndexCorruptError(f"index metadata unreadable ({exc})") from exc
        if not isinstance(meta, dict) or meta.get("format") != FORMAT_VERSION:
            found = meta.get("format") if isinstance(meta, dict) else "?"
            raise IndexCorruptError(f"index format {found} differs from {FORMAT_VERSION}")
        if meta.get("embedding_model") != self.embedder.name:
            raise IndexCorruptError(
                f"index was embedded with {meta.get('embedding_model')!r}, not {self.embedder.name!r}"
            )
        if meta.get("complete") is False:
            raise IndexCorruptError("an earlier build did not finish (interrupted or failed)")
        try:
            self._dim = int(meta.get("dim") or 0) or None
        except (TypeError, ValueError) as exc:
            raise IndexCorruptError(f"meta.json has an unreadable dim {meta.get('dim')!r}") from exc
        try:
            self._db = lancedb.connect(str(self.index_dir / DB_DIR), read_consistency_interval=timedelta(0))
            self.chunks = self._db.open_table("chunks")
            self.files = self._db.open_table("files")
            self.chunks.count_rows()
            self.files.count_rows()
            stored_dim = self.chunks.schema.field("vector").type.list_size
        except Exception as exc:  # LanceDB raises several kinds (OSError, ValueError, RuntimeError)
            raise IndexCorruptError(f"index tables unreadable ({type(exc).__name__}: {exc})") from exc
        if self._dim != stored_dim:
            raise IndexCorruptError(f"meta.json says dim {self._dim}, the chunks table stores {stored_dim}")
        self._vectors = None
        self._derived = None
        self.fresh = False

    def create(self) -> None:
        """Wipe ``index_dir``'s index files and create empty tables."""
        import lancedb

        self.close()
        self._dim = self._given_dim  # never trust the dim of the index being replaced
        self.index_dir.mkdir(parents=True, exist_ok=True)
        if (self.index_dir / META_FILE).exists():  # unsealed before anything is wiped
            self._write_meta(False)
        shutil.rmtree(self.index_dir / DB_DIR, ignore_errors=True)
        chunk_schema, file_schema = _schema(self.dim)
        self._db = lancedb.connect(str(self.index_dir / DB_DIR), read_consistency_interval=timedelta(0))
        self._db.create_table("chunks", schema=chunk_schema, mode="overwrite")
        self._db.create_table("files", schema=file_schema, mode="overwrite")
        self.chunks = self._db.open_table("chunks")
        self.files = self._db.open_table("files")
        self._vectors = VectorRows(self.dim)
        self._derived = {}
        self.writes_since_fts = 0
        self.fresh = True
        self._write_meta(False)

    def close(self) -> None:
        self._db = self.chunks = self.files = None
        self._vectors = None
        self._derived = None

    # ---- files -------------------------------------------------------------------------------
    def load_files(self) -> list[FileRow]:
        try:
            table = self.files.to_arrow()
        except Exception as exc:
            raise IndexCorruptError(f"files table unreadable ({type(exc).__name__}: {exc})") from exc
        return [FileRow(**row) for row in table.to_pylist()]

    def write_files(self, removed: list[str], rows: list[FileRow]) -> None:
        """Drop the rows of ``removed`` paths and of re-written paths, then add ``rows``."""
        drop = sorted(set(removed) | {r.path for r in rows})
        for part in _batches(drop):
            self.files.delete(in_list("path", part))
        if rows:
            self.files.add([row.__dict__ for row in rows])

    # ---- chunks ------------------------------------------------------------------------------
    def delete_chunks(self, owners: list[str] | None = None, ids: list[str] | None = None) -> None:
        """Delete chunks produced by the files ``owners`` and/or with the given ``ids``."""
        for column, values in (("owner", owners or []), ("id", ids or [])):
            values = sorted(set(values))
            for part in _batches(values):
                self.chunks.delete(in_list(column, part))
            if values and self._vectors is not None:
                wanted = set(values)
                with self._vectors_lock:
                    rows = self._vectors.rows
                    self._vectors.drop(
                        np.fromiter((r[column] not in wanted for r in rows), dtype=bool, count=len(rows))
                    )
        if self._derived is not None:
            for chunk_id in ids or []:
                self._derived.pop(chunk_id, None)

    def add_chunks(self, chunks: list[Chunk], vectors: np.ndarray | None) -> None:
        """Append chunks; ``vectors`` has one row per chunk with ``embed`` set, in order."""
        if not chunks:
            return
        zero = np.zeros(self.dim, dtype=np.float32)
        embedded_rows: list[dict[str, Any]] = []
        rows: list[dict[str, Any]] = []
        position = 0
        for chunk in chunks:
            vector = zero
            if chunk.embed:
                vector = vectors[position]  # type: ignore[index]
                position += 1
            row = {
                "id": chunk.id,
                "kind": chunk.kind,
                "name": chunk.name,
                "owner": chunk.owner,
                "path": chunk.path,
                "fqn": chunk.fqn,
                "spot": chunk.spot,
                "tables": list(chunk.tables),
                "text": chunk.text,
                "search_text": chunk.search_text,
                "text_hash": text_hash(chunk.text),
                "embed_hash": text_hash(chunk.model_text) if chunk.embed else "",
                "embedded": chunk.embed,
                "meta": json.dumps(chunk.meta, separators=(",", ":")),
                "vector": vector,
            }
            rows.append(row)
            if chunk.embed:
                embedded_rows.append({k: v for k, v in row.items() if k not in ("vector", "search_text")})
            if not chunk.owner and self._derived is not None:
                self._derived[chunk.id] = row["text_hash"]
        for start in range(0, len(rows), 20_000):
            self.chunks.add(rows[start : start + 20_000])
        if self._vectors is not None and embedded_rows:
            with self._vectors_lock:
                self._vectors.add(embedded_rows, np.asarray(vectors[:position], dtype=np.float32))  # type: ignore[index]

    def derived_hashes(self) -> dict[str, str]:
        """id -> text hash of the records derived from many files (spots, tables); cached."""
        if self._derived is None:
            table = (
                self.chunks.search().where("owner = ''").select(["id", "text_hash"]).limit(None).to_arrow()
            )
            self._derived = dict(
                zip(table.column("id").to_pylist(), table.column("text_hash").to_pylist(), strict=True)
            )
        return dict(self._derived)

    def reusable_vectors(self, owners: list[str], ids: list[str]) -> dict[str, np.ndarray]:
        """embed-text hash -> stored vector of the embedded chunks about to be replaced.

        A chunk whose text did not change (an edit inside a method body, a renamed file) keeps its
        vector instead of being embedded again.
        """
        out: dict[str, np.ndarray] = {}
        for column, values in (("owner", sorted(set(owners))), ("id", sorted(set(ids)))):
            for part in _batches(values):
                table = (
                    self.chunks.search()
                    .where(f"embedded = true AND {in_list(column, part)}")
                    .select(["embed_hash", "vector"])
                    .limit(None)
                    .to_arrow()
                )
                if not table.num_rows:
                    continue
                matrix = np.asarray(
                    table.column("vector").combine_chunks().flatten().to_numpy(), dtype=np.float32
                )
                for key, vector in zip(
                    table.column("embed_hash").to_pylist(), matrix.reshape(table.num_rows, -1), strict=True
                ):
                    out[key] = vector
        return out

    def count_chunks(self) -> int:
        return int(self.chunks.count_rows())

    def fts_missing(self) -> bool:
        return not any(ix.index_type == "FTS" for ix in self.chunks.list_indices())

    def refresh_fts(self, full: bool = False) -> None:
        """Bring the full-text index up to date.

        New rows are searchable before this runs (LanceDB scans unindexed rows), so callers batch it:
        after a build, and after many single-file updates.
        """
        from lancedb.index import FTS

        if full or self.fts_missing():
            config = FTS(
                base_tokenizer="simple",
                lower_case=True,
                stem=True,
                remove_stop_words=True,
                ascii_folding=True,
            )
            self.chunks.create_index("search_text", config=config, replace=True)
        # optimize() folds rows written since into the FTS index, compacts fragments, drops old versions
        self.files.optimize(cleanup_older_than=OLD_VERSIONS_KEPT)
        self.chunks.optimize(cleanup_older_than=OLD_VERSIONS_KEPT)
        self.writes_since_fts = 0

    # ---- search ------------------------------------------------------------------------------
    def vectors_of_kind(self, kind: str) -> tuple[list[dict[str, Any]], np.ndarray]:
        """The embedded rows of one chunk kind and their unit vectors (row i ↔ matrix row i): the
        resolver reuses the stored class vectors instead of embedding every example again."""
        rows, matrix = self._vector_rows().state
        picked = [i for i, row in enumerate(rows) if row.get("kind") == kind]
        return [rows[i] for i in picked], matrix[picked]

    def _vector_rows(self) -> VectorRows:
        with self._vectors_lock:
            if self._vectors is None:
                table = (
                    self.chunks.search()
                    .where("embedded = true")
                    .select([*HIT_COLUMNS, "owner", "vector"])
                    .limit(None)
                    .to_arrow()
                )
                vectors = VectorRows(self.dim)
                if table.num_rows:
                    matrix = np.asarray(
                        table.column("vector").combine_chunks().flatten().to_numpy(), dtype=np.float32
                    )
                    vectors.add(
                        table.drop_columns(["vector"]).to_pylist(), matrix.reshape(table.num_rows, self.dim)
                    )
                self._vectors = vectors
            return self._vectors

    def search(
        self,
        query: str,
        query_vector: np.ndarray | None,
        kinds: list[str] | None = None,
        k: int = 10,
        where: str = "",
    ) -> list[SearchHit]:
        """Hybrid search: BM25 over ``search_text`` and cosine over embedded rows, fused by RRF."""
        started = time.perf_counter()
        depth = max(k * 3, 30)
        clauses = [c for c in (in_list("kind", kinds) if kinds else "", where) if c]
        sql_filter = " AND ".join(f"({c})" for c in clauses)
        lexical = self._fts(query, depth, sql_filter)
        semantic: list[tuple[dict[str, Any], float]] = []
        if query_vector is not None:
            vectors = self._vector_rows()
            semantic = vectors.top(
                np.asarray(query_vector, dtype=np.float32), depth * (3 if where else 1), kinds
            )
            if where:
                allowed = self._ids_matching(sql_filter, [r["id"] for r, _ in semantic])
                semantic = [(r, s) for r, s in semantic if r["id"] in allowed][:depth]
        hits = fuse({"bm25": lexical, "cosine": semantic}, k)
        log.debug("search %r: %d hits in %.1f ms", query, len(hits), (time.perf_counter() - started) * 1000)
        return hits

    def _fts(self, query: str, limit: int, sql_filter: str) -> list[tuple[dict[str, Any], float]]:
        if not query.strip():
            return []
        builder = self.chunks.search(query, query_type="fts", fts_columns="search_text")
        if sql_filter:
            builder = builder.where(sql_filter, prefilter=True)
        rows = builder.select([*HIT_COLUMNS, "_score"]).limit(limit).to_list()
        return [(row, float(row.pop("_score", 0.0))) for row in rows]

    def _ids_matching(self, sql_filter: str, ids: list[str]) -> set[str]:
        if not ids:
            return set()
        table = (
            self.chunks.search()
            .where(f"({sql_filter}) AND {in_list('id', ids)}")
            .select(["id"])
            .limit(None)
            .to_arrow()
        )
        return set(table.column("id").to_pylist())


def text_hash(text: str) -> str:
    import hashlib

    return hashlib.blake2b(text.encode("utf-8"), digest_size=12).hexdigest()


def _batches(values: list[str], size: int = 500) -> list[list[str]]:
    return [values[i : i + size] for i in range(0, len(values), size)]
