"""Local, crash-safe store of completion events (shown / accepted / partially accepted / edited).

The language server writes here on every accept; ``ormb-assist dataset`` reads it to build training
data.  SQLite in WAL mode gives atomic appends from several processes (two editor windows, a CLI
export) without a server.  Secrets are redacted before anything touches disk.
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

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

# Patterns for values that must never be stored: keys, tokens, passwords, connection strings.
# A ``keep`` group is context that stays readable; ``(?!<redacted>)`` skips values that are
# already the marker, so redacting twice changes nothing (the dataset pipeline redacts rows the
# store already redacted).  Order matters for that too: the private-key block runs first so that
# ``key: -----BEGIN...`` goes whole, and the JDBC URL (which may start mid-word) runs before the
# ``\b``-anchored token shapes so its marker cannot expose a new word boundary to them.
_MARKER = "<redacted>"
_SECRET_PATTERNS = [
    re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----"),
    re.compile(r"(?i)(?P<keep>\bbearer\s+)(?!<redacted>)[A-Za-z0-9._~+/\-]{8,}=*"),
    re.compile(
        r"""(?i)(?P<keep>\b(?:password|passwd|pwd|secret|api[_-]?key|token|access[_-]?key)\b"""
        r"""(?:["']?\s*[=:]\s*|\s*\(\s*))(?!<redacted>)(?:"[^"]*"|'[^']*'|\S+)"""
    ),
    re.compile(r"(?i)jdbc:oracle:thin:[^\s\"']*/[^\s\"'@]*@"),  # user/password in a JDBC URL
    re.compile(r"\bsk-[A-Za-z0-9_\-]{16,}\b"),
    re.compile(r"\bAKIA[0-9A-Z]{16}\b"),
    re.compile(r"\bgh[pousr]_[A-Za-z0-9]{20,}\b"),
    re.compile(r"\beyJ[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]{10,}\b"),  # JWT
]


def _replace(match: re.Match[str]) -> str:
    """Keep the readable context (``password = ``, ``Bearer ``) and swap the secret for the marker."""
    return (match.groupdict().get("keep") or "") + _MARKER


def redact(text: str) -> str:
    """Replace anything that looks like a credential with ``<redacted>``; idempotent."""
    if not text:
        return text
    for pattern in _SECRET_PATTERNS:
        text = pattern.sub(_replace, text)
    return text


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
        with self._connect() as conn:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.executescript(_SCHEMA)

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=30.0, isolation_level=None)
        conn.execute("PRAGMA busy_timeout=30000")
        conn.execute("PRAGMA synchronous=NORMAL")
        return conn

    def record(self, event: HarvestEvent) -> int:
        """Store one event (redacted); returns its row id."""
        if event.kind not in EVENT_KINDS:
            raise ValueError(f"unknown harvest event kind {event.kind!r}; expected one of {EVENT_KINDS}")
        row = asdict(event)
        row.pop("id")
        row["ts"] = event.ts or time.time()
        for name in self._TEXT_FIELDS:
            row[name] = redact(str(row[name] or ""))
        row["extra"] = redact(json.dumps(row["extra"] or {}, default=str))
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
            for r in conn.execute(query, params):
                data = dict(r)
                try:
                    data["extra"] = json.loads(data.get("extra") or "{}")
                except (TypeError, ValueError):
                    data["extra"] = {}
                try:
                    yield HarvestEvent(**data)
                except TypeError:
                    continue
        finally:
            conn.close()

    def stats(self) -> dict[str, Any]:
        with self._connect() as conn:
            by_kind = dict(conn.execute("SELECT kind, COUNT(*) FROM events GROUP BY kind").fetchall())
            first, last = conn.execute("SELECT MIN(ts), MAX(ts) FROM events").fetchone()
            by_backend = dict(
                conn.execute("SELECT backend || '/' || model, COUNT(*) FROM events GROUP BY 1").fetchall()
            )
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
        with tmp.open("w", encoding="utf-8") as fh:
            for ev in self.events(kinds):
                fh.write(json.dumps(asdict(ev), ensure_ascii=False) + "\n")
                n += 1
        tmp.replace(out)
        return n
