"""Harvest source: completions a developer accepted in the editor, as training examples.

Events are grouped by ``item_id`` (an event without one is its own item).  An item counts once it
has an ``accepted`` or ``partial`` event, or a ``generated`` event whose class was applied
(``accepted_text`` set); a later ``edited`` event's ``accepted_text`` replaces the accepted text (the
developer's correction is the better label).  Generated classes (objective in ``extra["objective"]``
or the ``generated`` event's ``context``) become chat examples, parsed with the indexer's Java parser
for class name, spot and tables; inline completions become fill-in-the-middle examples.  Rows that do
not decode are counted, never fatal.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ormb_assist.harvest import HarvestEvent, HarvestStore
from ormb_assist.training.sources import Example, SourceReport, as_list, describe_input

log = logging.getLogger(__name__)


def read_harvest(path: Path, report: SourceReport) -> list[HarvestEvent]:
    """Events from a SQLite store or a JSONL export (``ormb-assist harvest export``); bad rows are counted."""
    if not path.exists():
        raise FileNotFoundError(f"no harvest store at {path}")
    if path.suffix in (".jsonl", ".json"):
        events = []
        for n, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
            if not line.strip():
                continue
            report.read += 1
            try:
                data = json.loads(line)
                data.setdefault("extra", {})
                events.append(
                    HarvestEvent(**{k: v for k, v in data.items() if k in HarvestEvent.__dataclass_fields__})
                )
            except (ValueError, TypeError) as exc:
                log.warning("harvest %s line %d unreadable: %s", path, n, exc)
                report.skip("corrupt row")
        return events
    try:
        events = list(HarvestStore(path).events())
        with sqlite3.connect(path) as conn:
            total = conn.execute("SELECT COUNT(*) FROM events").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise ValueError(
            f"{path} is not a readable harvest store ({exc}); export a copy or point --harvest elsewhere"
        ) from exc
    report.read += total
    for _ in range(total - len(events)):
        report.skip("corrupt row")
    return events


def harvest_examples(events: Iterable[HarvestEvent], report: SourceReport) -> list[Example]:
    """Accepted (and edited-after-accept) items as examples; everything else is counted and left out."""
    items: dict[str, list[HarvestEvent]] = {}
    for n, event in enumerate(events):
        items.setdefault(event.item_id or f"row-{event.id or n}", []).append(event)
    examples = []
    for item_id, group in items.items():
        if not all(_well_formed(e) for e in group):
            report.skip("corrupt row")
            continue
        group.sort(key=lambda e: (e.ts, e.id))
        accept = next((e for e in group if _is_accept(e)), None)
        if accept is None:
            report.skip("not accepted")
            continue
        edits = [e for e in group if e.kind == "edited" and (e.ts, e.id) >= (accept.ts, accept.id)]
        text, source = _accepted_text(accept), "harvest-accepted"
        if edits and isinstance(edits[-1].accepted_text, str) and edits[-1].accepted_text.strip():
            text, source = edits[-1].accepted_text, "harvest-edited"
        if not isinstance(text, str) or not text.strip():
            report.skip("empty accepted text")
            continue
        extra = _merged_extra(group)
        generated = next((e for e in group if e.kind == "generated"), None)
        objective = str(extra.get("objective") or (generated.context if generated else "") or "").strip()
        if objective:
            examples.append(_chat_from_code(objective, text, accept.file, extra, source, f"h-{item_id}"))
        else:
            examples.append(
                Example(
                    kind="fim",
                    source=source,
                    file=accept.file,
                    spot=str(extra.get("spot") or ""),
                    prefix=accept.prefix,
                    suffix=accept.suffix,
                    middle=text,
                    id=f"h-{item_id}",
                )  # fmt: skip
            )
        report.used += 1
    return examples


def _well_formed(event: HarvestEvent) -> bool:
    texts = (
        event.kind,
        event.item_id,
        event.file,
        event.prefix,
        event.suffix,
        event.context,
        event.suggestion,
        event.accepted_text,
    )
    return (
        all(isinstance(t, str) for t in texts)
        and isinstance(event.ts, (int, float))
        and isinstance(event.extra, dict)
    )


def _is_accept(event: HarvestEvent) -> bool:
    """Inline ``accepted``/``partial``; a ``generated`` class counts once it was applied (accepted_text set)."""
    if event.kind in ("accepted", "partial"):
        return True
    return event.kind == "generated" and bool((event.accepted_text or "").strip())


def _chat_from_code(
    objective: str, code: str, file: str, extra: dict[str, Any], source: str, ex_id: str
) -> Example:
    """A generated-and-accepted class in the same instruction/input shape as a mined workspace class."""
    from ormb_assist.indexer.java_parser import parse_java

    info = next(iter(parse_java(code, file or "Accepted.java").classes), None)
    spot_fqn = str(extra.get("spot_fqn") or "")
    spot = str(extra.get("spot") or spot_fqn.rsplit(".", 1)[-1])
    if info is not None and not spot:
        spot = next((i for i in info.implements if i.endswith("AlgorithmSpot")), "")
    if info is not None and spot and not spot_fqn:
        spot_fqn = next((f for f in info.implements_fqn if f.rsplit(".", 1)[-1] == spot), spot)
    lines = [f"Business objective: {objective}"]
    if spot_fqn:
        lines.append(f"Implement the SPOT interface {spot_fqn}.")
    if info is not None:
        lines.append(f"Class name: {info.name}" + (f" in package {info.package}." if info.package else "."))
        if info.extends:
            lines.append(f"The class extends {info.extends}.")
    tables = as_list(extra.get("tables")) or (list(info.tables) if info is not None else [])
    interfaces = as_list(extra.get("interfaces")) or ([spot_fqn] if spot_fqn else [])
    kind = str(extra.get("type") or (info.role if info is not None and info.role != "other" else "algorithm"))
    return Example(
        kind="chat", source=source, file=file, spot=spot, instruction="\n".join(lines),
        input=describe_input(kind, interfaces, tables), output=code, id=ex_id,
    )  # fmt: skip


def _accepted_text(event: HarvestEvent) -> str:
    if event.kind in ("partial", "generated"):
        return event.accepted_text
    return event.accepted_text or event.suggestion


def _merged_extra(group: list[HarvestEvent]) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    for event in group:
        if isinstance(event.extra, dict):
            merged.update({k: v for k, v in event.extra.items() if v not in (None, "", [])})
    return merged
