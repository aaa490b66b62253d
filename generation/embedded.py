"""The default backend: deterministic synthesis and completion from the index, no model server.

``generate`` delegates to :mod:`synth`; ``complete`` offers names the index knows at the cursor
(columns and tables inside SQL strings, members of a variable's jar type after a dot, framework
helpers and spot methods otherwise).  Both are pure functions of the index and the request.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator, Sequence
from typing import Any

from ormb_assist.generation.base import CompletionRequest, GenerationRequest, check_cancel
from ormb_assist.generation.gen_stub import find_framework_base
from ormb_assist.generation.jarview import JarView
from ormb_assist.generation.synth import write_algorithm

_SQL_START = re.compile(r"\b(SELECT|UPDATE|INSERT\s+INTO|DELETE\s+FROM)\b", re.I)
_ALIAS = re.compile(r"\b(?:FROM|JOIN|,)\s+([A-Z][A-Z0-9_]*)\s+([A-Z][A-Z0-9_]*)\b", re.I)
_SQL_WORDS = {
    "WHERE",
    "AND",
    "OR",
    "ON",
    "JOIN",
    "GROUP",
    "ORDER",
    "HAVING",
    "SET",
    "VALUES",
    "INNER",
    "LEFT",
}


class EmbeddedBackend:
    name = "embedded"

    def __init__(self, settings: Any, index: Any) -> None:
        self.settings = settings
        self.index = index
        self._base_key: int | None = None
        self._base: str | None = None

    def generate(self, req: GenerationRequest, cancel: threading.Event | None = None) -> str:
        check_cancel(cancel)
        return write_algorithm(self.index, req, cancel)

    def stream_generate(self, req: GenerationRequest, cancel: threading.Event | None = None) -> Iterator[str]:
        text = self.generate(req, cancel)
        for line in text.splitlines(keepends=True):
            check_cancel(cancel)
            yield line

    def repair(
        self,
        req: GenerationRequest,
        code: str,
        diagnostics: Sequence[str],
        cancel: threading.Event | None = None,
    ) -> str:
        """Synthesis is deterministic: a class that fails javac is a generator bug, so nothing changes."""
        check_cancel(cancel)
        return code

    def health(self) -> dict[str, Any]:
        spots = len(getattr(self.index, "spots", {}) or {})
        tables = len(getattr(self.index, "tables", {}) or {})
        jars = len(getattr(self.index, "jar_paths", []) or [])
        ok = spots > 0 and jars > 0
        detail = f"{spots} spots, {tables} tables, {jars} jars indexed"
        if not ok:
            detail += "; index a workspace with the framework jar to generate code"
        return {"ok": ok, "backend": self.name, "detail": detail}

    # ---- completion --------------------------------------------------------------------------
    def complete(self, req: CompletionRequest, cancel: threading.Event | None = None) -> list[str]:
        check_cancel(cancel)
        line = req.prefix.rsplit("\n", 1)[-1]
        sql = _open_sql_string(line) or _open_sql_string(req.prefix[-2000:])
        if sql is not None:
            out = self._sql_candidates(sql)
        else:
            m = re.search(r"(\w+)\s*\.\s*(\w*)$", line)
            out = (
                self._member_candidates(req.prefix, m.group(1), m.group(2))
                if m
                else self._word_candidates(line)
            )
        return out[: max(1, req.n)]

    def _sql_candidates(self, sql: str) -> list[str]:
        tables = getattr(self.index, "tables", {}) or {}
        m = re.search(r"([A-Za-z_]\w*)\.(\w*)$", sql)
        if m:
            aliases = {a.upper(): t.upper() for t, a in _ALIAS.findall(sql) if a.upper() not in _SQL_WORDS}
            table = tables.get(aliases.get(m.group(1).upper(), m.group(1).upper()))
            if table is None:
                return []
            part = m.group(2).upper()
            return [c.name[len(part) :] for c in table.columns if c.name.startswith(part) and c.name != part]
        word = re.search(r"(\w*)$", sql).group(1).upper()
        if re.search(r"\b(FROM|JOIN)\s+\w*$", sql, re.I):
            return [t[len(word) :] for t in sorted(tables) if t.startswith(word) and t != word]
        if not word:
            return []
        used = {t.upper() for t, _ in _ALIAS.findall(sql)} & set(tables)
        cols = sorted(
            {c.name for t in used for c in tables[t].columns if c.name.startswith(word) and c.name != word}
        )
        return [c[len(word) :] for c in cols]

    def _member_candidates(self, prefix: str, variable: str, part: str) -> list[str]:
        declared = re.findall(rf"\b([A-Z][\w.]*)(?:<[^;()]*>)?\s+{re.escape(variable)}\s*[=;,)]", prefix)
        if not declared:
            return []
        simple = declared[-1].rsplit(".", 1)[-1]
        fqn = self.index.resolve_type(simple) if hasattr(self.index, "resolve_type") else None
        jar = JarView.of(self.index.jar_classes)
        fqn = fqn or jar.find_class(simple)
        if not fqn:
            return []
        names = []
        for m in jar.methods(fqn):
            if (
                m.name.startswith(part)
                and m.name != part
                and "<" not in m.name
                and "static" not in m.modifiers
            ):
                names.append(m.name[len(part) :] + ("()" if not m.parameter_types else "("))
        return sorted(set(names), key=lambda n: (len(n), n))

    def _word_candidates(self, line: str) -> list[str]:
        m = re.search(r"([A-Za-z_]\w*)$", line)
        if not m or len(m.group(1)) < 2:
            return []
        part = m.group(1)
        jar = JarView.of(self.index.jar_classes)
        if self._base_key != id(jar):
            self._base_key, self._base = id(jar), find_framework_base(jar, "algorithm", set())
        names: set[str] = set(jar.method_names_cached(self._base)) if self._base else set()
        for spot in (getattr(self.index, "spots", {}) or {}).values():
            names |= {mm.name for mm in spot.methods}
        return sorted(
            (n[len(part) :] + "(" for n in names if n.startswith(part) and n != part),
            key=lambda n: (len(n), n),
        )


def _open_sql_string(text: str) -> str | None:
    """The SQL typed so far when the cursor sits inside a string literal holding SQL."""
    quotes = [m.start() for m in re.finditer(r'(?<!\\)"', text)]
    if len(quotes) % 2 == 0:
        return None
    literal = text[quotes[-1] + 1 :]
    # concatenated literals before it on the same statement count too
    joined = "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', text[: quotes[-1]])) + literal
    return joined if _SQL_START.search(joined) else None
