"""Training examples and where they come from.

Two sources, one record type (:class:`Example`): accepted completions from the harvest store
(:mod:`.harvest_source`) and the workspace's own algorithm classes (:mod:`.workspace_source`).
Both produce chat examples in one shape — ``instruction`` (the same lines the generation backends
send), ``input`` (``Type: …, Interfaces: […], Tables: […]``), ``output`` (the class) — and
fill-in-the-middle examples (prefix, suffix, middle).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal


@dataclass
class Example:
    kind: Literal["chat", "fim"]
    source: str  # "harvest-accepted" | "harvest-edited" | "workspace"
    file: str = ""  # workspace-relative path (split key)
    spot: str = ""  # implemented SPOT interface, simple name (split key)
    instruction: str = ""
    input: str = ""
    output: str = ""
    prefix: str = ""
    suffix: str = ""
    middle: str = ""
    id: str = ""

    def text_fields(self) -> list[str]:
        return ["instruction", "input", "output"] if self.kind == "chat" else ["prefix", "suffix", "middle"]

    def fingerprint(self) -> str:
        """Exact-duplicate key: whitespace-normalised content of the fields that teach."""
        parts = [" ".join(getattr(self, name).split()) for name in self.text_fields()]
        return hashlib.sha256("\x1f".join([self.kind, *parts]).encode("utf-8")).hexdigest()


@dataclass
class SourceReport:
    """Counts of what was read, used and skipped (and why) — goes into stats.json."""

    read: int = 0
    used: int = 0
    skipped: dict[str, int] = field(default_factory=dict)

    def skip(self, reason: str) -> None:
        self.skipped[reason] = self.skipped.get(reason, 0) + 1


def describe_input(
    kind: str, interfaces: list[str], tables: list[str], extra_lines: Iterable[str] = ()
) -> str:
    """The ``input`` field: ``Type: …, Interfaces: […], Tables: […]`` then optional detail lines."""
    head = f"Type: {kind}, Interfaces: [{', '.join(interfaces)}], Tables: [{', '.join(tables)}]"
    return "\n".join([head, *[line for line in extra_lines if line]])


def as_list(value: Any) -> list[str]:
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value if str(v).strip()]
    return []
