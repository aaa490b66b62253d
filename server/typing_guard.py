"""Hold back "unknown table/column" for the identifier being typed.

Typing ``FROM CI_SA`` passes through ``CI_``, ``CI_S``...; each pause over the diagnostics debounce
used to flash ``Unknown table 'CI_'; did you mean 'CI_SA'?``.  LSP sends no cursor, so the end of
the latest edit stands in for it: a schema finding whose identifier touches that point is dropped
for ``TYPING_GRACE_S`` after the edit, and diagnostics run again when the grace ends (a real typo
still shows, once the user stops typing).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ormb_assist.server.lint import Finding

TYPING_GRACE_S = 1.5
HELD_CODES = frozenset({"unknown-table", "unknown-column"})
_KEY = "last_edit"


@dataclass(frozen=True)
class LastEdit:
    version: int
    line: int
    character: int  # in the client's position units (UTF-16 by default), like every LSP position
    at: float


def edit_end(changes: Sequence[Any]) -> tuple[int, int] | None:
    """Where the last incremental change of a ``didChange`` ends (None for a full-text change)."""
    if not changes:
        return None
    change = changes[-1]
    rng = getattr(change, "range", None)
    if rng is None:
        return None
    text: str = change.text
    lines = text.split("\n")
    if len(lines) == 1:
        return rng.start.line, rng.start.character + _units(text)
    return rng.start.line + len(lines) - 1, _units(lines[-1])


def _units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def note_edit(extra: dict[str, Any], uri: str, version: int, changes: Sequence[Any]) -> None:
    """Remember the end of the latest edit of ``uri`` (call from ``didChange``)."""
    end = edit_end(changes)
    edits: dict[str, LastEdit] = extra.setdefault(_KEY, {})
    if end is None:
        edits.pop(uri, None)
    else:
        edits[uri] = LastEdit(version, end[0], end[1], time.monotonic())


def hold_typing(
    extra: dict[str, Any], uri: str, findings: list[Finding], offset_of: Any, now: float | None = None
) -> tuple[list[Finding], float]:
    """``findings`` without those on the identifier being typed, and the seconds until they may show
    (0.0 when nothing was held).  ``offset_of(line, character)`` maps the edit point into the text."""
    edit: LastEdit | None = extra.get(_KEY, {}).get(uri)
    if edit is None:
        return findings, 0.0
    left = TYPING_GRACE_S - ((time.monotonic() if now is None else now) - edit.at)
    if left <= 0:
        return findings, 0.0
    try:
        cursor = offset_of(edit.line, edit.character)
    except (IndexError, ValueError):
        return findings, 0.0
    kept = [f for f in findings if not (f.code in HELD_CODES and f.start <= cursor <= f.end)]
    return kept, (left if len(kept) < len(findings) else 0.0)
