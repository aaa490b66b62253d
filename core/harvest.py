"""Local, crash-safe store of completion events (shown / accepted / partially accepted / edited).

The language server writes here on every accept; ``ormb-assist dataset`` reads it to build training
data.  SQLite in WAL mode gives atomic appends from several processes (two editor windows, a CLI
export) without a server.  Secrets are redacted before anything touches disk.
"""

from __future__ import annotations

import json
import math
import sqlite3
import threading
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ormb_assist.errors import UserError
from ormb_assist.redaction import MARKER, clean_text, redact, redact_value

EVENT_KINDS = ("shown", "accepted", "partial", "rejected", "edited", "generated")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ts REAL NOT NULL,
    kind TEXT NOT NULL,
    item_id TEXT NOT NULL DEFAULT '',
    file TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT '',
    prefix TEXT NOT NULL DEFAULT '',
    suffix TEXT NOT NULL DEFAULT '',
    context TEXT NOT NULL DEFAULT '',
    suggestion TEXT NOT NULL DEFAULT '',
    accepted_text TEXT NOT NULL DEFAULT '',
    accepted_length INTEGER NOT NULL DEFAULT 0,
    backend TEXT NOT NULL DEFAULT '',
    model TEXT NOT NULL DEFAULT '',
    adapter TEXT NOT NULL DEFAULT '',
    latency_ms REAL NOT NULL DEFAULT 0,
    extra TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX IF NOT EXISTS events_kind ON events(kind);
CREATE INDEX IF NOT EXISTS events_item ON events(item_id);
"""

# Redaction lives in one library of secret shapes (ormb_assist.redaction); ``redact`` is re-exported
# here because the server and the dataset pipeline import it from the store.
__all__ = [
    "EVENT_KINDS",
    "MARKER",
    "HarvestEvent",
    "HarvestStore",
    "HarvestStoreError",
    "check_store",
    "redact",
    "redact_stored",
    "redact_value",
    "salvage_store",
    "unredacted_events",
]


def _finite(value: Any, default: float = 0.0) -> float:
    """A float SQLite can store in a NOT NULL REAL column: NaN/inf (and junk) become ``default``."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return default
    return number if math.isfinite(number) else default


class HarvestStoreError(UserError, ValueError):
    """The store file is damaged or is not a harvest store."""


@dataclass
class HarvestEvent:
    kind: str  # one of EVENT_KINDS
    item_id: str = ""
    file: str = ""
    language: str = "java"
    prefix: str = ""
    suffix: str = ""
    context: str = ""
    suggestion: str = ""
    accepted_text: str = ""
    accepted_length: int = 0
    backend: str = ""
    model: str = ""
    adapter: str = ""
    latency_ms: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)
    ts: float = 0.0
    id: int = 0


class HarvestStore:
    """Append-only event log in one SQLite file. Safe across threads and processes."""

    _TEXT_FIELDS = ("prefix", "suffix", "context", "suggestion", "accepted_text", "file")

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        try:
            with self._connect() as conn:
                conn.execute("PRAGMA journal_mode=WAL")
                conn.executescript(_SCHEMA)
        except sqlite3.DatabaseError as exc:
            raise self._damaged(exc) from exc

    def _damaged(self, exc: sqlite3.DatabaseError) -> HarvestStoreError:
        return HarvestStoreError(
            f"{self.path} is not a readable harvest store ({exc}); "
            "`ormb-assist doctor --repair` salvages its readable events"
        )

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=30.0, isolation_level=None)
        conn.execute("PRAGMA busy_timeout=30000")
        conn.execute("PRAGMA synchronous=NORMAL")
        return conn

    def record(self, event: HarvestEvent) -> int:
        """Store one event, redacted; returns its row id.

        Every text is made storable first (lone surrogates replaced), ``extra`` is redacted as a
        structure and then serialised as strict JSON (NaN -> null), and a latency or timestamp that
        is not a finite number is stored as "not measured" (0 / now): an odd value never loses the event.
        """
        if event.kind not in EVENT_KINDS:
            raise ValueError(f"unknown harvest event kind {event.kind!r}; expected one of {EVENT_KINDS}")
        row = asdict(event)
        row.pop("id")
        row["ts"] = _finite(event.ts) or time.time()
        row["latency_ms"] = _finite(event.latency_ms)
        try:
            row["accepted_length"] = max(0, min(int(_finite(event.accepted_length)), 2**62))
        except (OverflowError, ValueError):
            row["accepted_length"] = 0
        for name in self._TEXT_FIELDS:
            row[name] = redact(clean_text(str(row[name] or "")))
        for name in ("item_id", "language", "backend", "model", "adapter"):
            row[name] = clean_text(str(row[name] or ""))
        extra = row["extra"] if isinstance(row["extra"], dict) else {"value": row["extra"]}
        row["extra"] = json.dumps(redact_value(extra), default=str, allow_nan=False, ensure_ascii=False)
        cols = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        with self._lock, self._connect() as conn:
            cur = conn.execute(f"INSERT INTO events ({cols}) VALUES ({marks})", list(row.values()))
            return int(cur.lastrowid or 0)

    def events(self, kinds: tuple[str, ...] | list[str] | None = None) -> Iterator[HarvestEvent]:
        """Events oldest first; rows that fail to decode are skipped, not fatal."""
        query = "SELECT * FROM events"
        params: list[Any] = []
        if kinds:
            query += f" WHERE kind IN ({', '.join('?' for _ in kinds)})"
            params = list(kinds)
        query += " ORDER BY id"
        conn = self._connect()
        conn.row_factory = sqlite3.Row
        try:
            yield from self._decoded(conn.execute(query, params))
        except sqlite3.DatabaseError as exc:
            raise self._damaged(exc) from exc
        finally:
            conn.close()

    @staticmethod
    def _decoded(rows: Iterator[sqlite3.Row]) -> Iterator[HarvestEvent]:
        for r in rows:
            data = dict(r)
            try:
                data["extra"] = json.loads(data.get("extra") or "{}")
            except (TypeError, ValueError):
                data["extra"] = {}
            try:
                yield HarvestEvent(**data)
            except TypeError:
                continue

    def stats(self) -> dict[str, Any]:
        try:
            with self._connect() as conn:
                by_kind = dict(conn.execute("SELECT kind, COUNT(*) FROM events GROUP BY kind").fetchall())
                first, last = conn.execute("SELECT MIN(ts), MAX(ts) FROM events").fetchone()
                by_backend = dict(
                    conn.execute("SELECT backend || '/' || model, COUNT(*) FROM events GROUP BY 1").fetchall()
                )
        except sqlite3.DatabaseError as exc:
            raise self._damaged(exc) from exc
        shown = by_kind.get("shown", 0)
        accepted = by_kind.get("accepted", 0) + by_kind.get("partial", 0)
        return {
            "path": str(self.path),
            "total": sum(by_kind.values()),
            "by_kind": by_kind,
            "by_backend_model": by_backend,
            "acceptance_rate": round(accepted / shown, 4) if shown else None,
            "first_ts": first,
            "last_ts": last,
        }

    def export_jsonl(self, out: Path | str, kinds: tuple[str, ...] | list[str] | None = None) -> int:
        """Write events as JSON lines atomically (temp file + rename); returns the count."""
        out = Path(out)
        tmp = out.with_suffix(out.suffix + ".tmp")
        n = 0
        fh = tmp.open("w", encoding="utf-8")
        try:
            with fh:  # closing flushes: a full disk can fail there too
                for ev in self.events(kinds):
                    fh.write(json.dumps(asdict(ev), ensure_ascii=False) + "\n")
                    n += 1
        except BaseException:
            tmp.unlink(missing_ok=True)  # a full disk or Ctrl-C leaves no half-written .tmp behind
            raise
        tmp.replace(out)
        return n


def check_store(path: Path) -> str:
    """Why the store at ``path`` is unusable ("" when it is fine): SQLite's quick check plus a read."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30.0)
        try:
            verdict = conn.execute("PRAGMA quick_check").fetchone()[0]
            if verdict != "ok":
                return f"SQLite quick_check: {verdict}"
            conn.execute("SELECT COUNT(*), MAX(id) FROM events").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return f"{type(exc).__name__}: {exc}"
    return ""


def unredacted_events(path: Path) -> list[int]:
    """Ids of stored events that today's redaction would change (recorded before a shape was known)."""
    store = HarvestStore(path)
    return [ev.id for ev in store.events() if _redacted_copy(ev) != ev]


def _redacted_copy(event: HarvestEvent) -> HarvestEvent:
    fields = {n: redact(clean_text(str(getattr(event, n) or ""))) for n in HarvestStore._TEXT_FIELDS}
    return HarvestEvent(**{**asdict(event), **fields, "extra": redact_value(event.extra)})


def redact_stored(path: Path) -> int:
    """Redact, in place, the events recorded before today's shapes existed; returns how many changed."""
    store = HarvestStore(path)
    ids = set(unredacted_events(path))
    changed = 0
    with store._lock, store._connect() as conn:
        for event in store.events():
            if event.id not in ids:
                continue
            fixed = _redacted_copy(event)
            values = [getattr(fixed, n) for n in HarvestStore._TEXT_FIELDS]
            conn.execute(
                f"UPDATE events SET {', '.join(f'{n} = ?' for n in HarvestStore._TEXT_FIELDS)}, extra = ? WHERE id = ?",
                [
                    *values,
                    json.dumps(fixed.extra, default=str, allow_nan=False, ensure_ascii=False),
                    event.id,
                ],
            )
            changed += 1
    return changed


def salvage_store(path: Path) -> tuple[int, Path]:
    """Replace a damaged store by a fresh one holding every row that can still be read.

    The damaged file (with its ``-wal``/``-shm``) is kept beside it as ``<name>.corrupt-<time>``;
    returns (rows recovered, where the damaged copy went).  Rows pass through ``record`` again, so
    they are redacted with today's shapes.
    """
    rows = _readable_rows(path)
    aside = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
    path.replace(aside)
    for suffix in ("-wal", "-shm"):
        extra_file = path.with_name(path.name + suffix)
        if extra_file.exists():
            extra_file.replace(aside.with_name(aside.name + suffix))
    store = HarvestStore(path)
    recovered = 0
    for data in rows:
        data.pop("id", None)
        try:
            data["extra"] = json.loads(data.get("extra") or "{}")
            store.record(
                HarvestEvent(**{k: v for k, v in data.items() if k in HarvestEvent.__dataclass_fields__})
            )
            recovered += 1
        except (TypeError, ValueError):
            continue
    return recovered, aside


def _readable_rows(path: Path, probe_limit: int = 1_000_000) -> list[dict[str, Any]]:
    """Every event row SQLite can still read: in one scan, else id by id past the damaged pages."""
    rows: dict[int, dict[str, Any]] = {}
    try:
        src = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.DatabaseError:
        return []
    src.row_factory = sqlite3.Row
    try:
        try:
            for row in src.execute("SELECT * FROM events ORDER BY id"):
                rows[row["id"]] = dict(row)
            return list(rows.values())
        except sqlite3.DatabaseError:
            pass  # damaged pages: probe each id the sequence says was handed out
        try:
            last = int(src.execute("SELECT seq FROM sqlite_sequence WHERE name = 'events'").fetchone()[0])
        except (sqlite3.DatabaseError, TypeError):
            last = max(rows, default=0) + 10_000
        for event_id in range(1, min(last, probe_limit) + 1):
            if event_id in rows:
                continue
            try:
                row = src.execute("SELECT * FROM events WHERE id = ?", (event_id,)).fetchone()
            except sqlite3.DatabaseError:
                continue
            if row is not None:
                rows[event_id] = dict(row)
    finally:
        src.close()
    return [rows[k] for k in sorted(rows)]
