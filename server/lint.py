"""Findings for diagnostics (pure): unknown tables/columns in SQL strings, spot methods not
implemented, Java values concatenated into SQL.

Checks stay quiet when they cannot be sure: no table is flagged in a workspace without DDL, a column
only when its table is known, and ALL_CAPS constants spliced into SQL are taken as SQL fragments.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from typing import Any

from ormb_assist.server.catalog import Catalog
from ormb_assist.server.java_context import JavaOutline
from ormb_assist.server.java_members import missing_methods
from ormb_assist.server.java_strings import JavaStrings, SqlSegment
from ormb_assist.server.sql_context import KEYWORDS, TableRef, tables_in_statement, tokenize

_CONSTANT = re.compile(r"^(?:[\w$]+\.)*[A-Z][A-Z0-9_]*$")
_PSEUDO = {
    "DUAL",
    "SYSDATE",
    "SYSTIMESTAMP",
    "ROWNUM",
    "ROWID",
    "LEVEL",
    "USER",
    "CURRENT_DATE",
    "CURRENT_TIMESTAMP",
}


@dataclass
class Finding:
    start: int
    end: int
    severity: str  # error | warning | information
    code: str  # unknown-table | unknown-column | missing-spot-methods | sql-concatenation
    message: str
    data: dict[str, Any] = field(default_factory=dict)


def lint_document(
    cat: Catalog | None, text: str, strings: JavaStrings | None = None, analyze: Any = None
) -> list[Finding]:
    """All findings for one Java buffer. ``analyze`` is ``sql_refs.analyze_sql`` (injected for tests)."""
    strings = strings or JavaStrings(text)
    findings: list[Finding] = []
    for seg in strings.segments():
        if not seg.looks_like_sql:
            continue
        findings += concatenation_findings(seg)
        if cat is not None and cat.tables:
            findings += schema_findings(cat, seg, analyze)
    if cat is not None:
        findings += spot_findings(cat, text, strings)
    return findings


def concatenation_findings(seg: SqlSegment) -> list[Finding]:
    out = []
    for value in seg.values:
        if _CONSTANT.match(value.expr) or value.expr.replace(".", "").isdigit():
            continue
        out.append(
            Finding(
                value.doc_start,
                value.doc_end,
                "warning",
                "sql-concatenation",
                f"'{value.expr}' is concatenated into SQL (injection risk): use a bind variable "
                f"(:name) and bind it on the prepared statement instead.",
                {"expr": value.expr},
            )  # fmt: skip
        )
    return out


def schema_findings(cat: Catalog, seg: SqlSegment, analyze: Any = None) -> list[Finding]:
    tokens = tokenize(seg.sql)
    refs = tables_in_statement(tokens)
    ctes = {m.upper() for m in re.findall(r"(?:\bWITH|,)\s*([A-Za-z_][\w$#]*)\s+AS\s*\(", seg.sql, re.I)}
    out: list[Finding] = []
    aliases: dict[str, str] = {}
    for ref in refs:
        aliases.setdefault(ref.name, ref.name)
        if ref.alias:
            aliases[ref.alias] = ref.name
        if ref.name in cat.tables or ref.name in ctes or ref.name in _PSEUDO or ref.name.startswith("__"):
            continue
        finding = _located(seg, ref.start, ref.end, "unknown-table", f"Unknown table '{ref.name}'", ref.name,
                           list(cat.tables))  # fmt: skip
        if finding:
            out.append(finding)
    # ALIAS.COLUMN where the alias names a known table.
    for i in range(len(tokens) - 2):
        qual, dot, col = tokens[i], tokens[i + 1], tokens[i + 2]
        if dot.text != "." or qual.kind not in ("word", "qid") or col.kind not in ("word", "qid"):
            continue
        table = cat.tables.get(aliases.get(qual.upper, ""))
        name = col.text.strip('"').upper()
        if table is None or table.column(name) or (i + 3 < len(tokens) and tokens[i + 3].text == "("):
            continue
        finding = _located(seg, col.start, col.end, "unknown-column", f"Table {table.name} has no column '{name}'",
                           name, [c.name for c in table.columns])  # fmt: skip
        if finding:
            out.append(finding)
    out += _unqualified_columns(cat, seg, tokens, refs, ctes, analyze)
    return out


def _unqualified_columns(
    cat: Catalog, seg: SqlSegment, tokens: list, refs: list[TableRef], ctes: set[str], analyze: Any
) -> list[Finding]:
    """Unqualified columns are checked only with exactly one known table in scope."""
    names = {r.name for r in refs}
    if analyze is None or len(names) != 1 or ctes:
        return []
    table = cat.tables.get(next(iter(names)))
    if table is None:
        return []
    try:
        ref = analyze(seg.sql)
    except Exception:  # noqa: BLE001 - an unparsable statement simply gets no column check
        return []
    out = []
    declared_aliases = {m.upper() for m in re.findall(r"\bAS\s+([A-Za-z_][\w$#]*)", seg.sql, re.I)}
    for col in ref.columns:
        name = col.rpartition(".")[2].upper()
        if (
            table.column(name)
            or name in declared_aliases
            or name in KEYWORDS
            or name in _PSEUDO
            or name.startswith("__")
        ):
            continue
        for tok in tokens:
            if tok.kind == "word" and tok.upper == name:
                finding = _located(seg, tok.start, tok.end, "unknown-column", f"Table {table.name} has no column '{name}'",
                                   name, [c.name for c in table.columns])  # fmt: skip
                if finding:
                    out.append(finding)
                break
    return out


def _located(
    seg: SqlSegment, start: int, end: int, code: str, message: str, name: str, known: list[str]
) -> Finding | None:
    doc_start, doc_end = seg.doc_offset(start), seg.doc_offset(end)
    if doc_start is None or doc_end is None:
        return None
    close = difflib.get_close_matches(name, known, n=1, cutoff=0.75)
    if close:
        message += f"; did you mean '{close[0]}'?"
    return Finding(doc_start, doc_end, "error" if code == "unknown-table" else "warning", code, message,
                   {"name": name, "suggestion": close[0] if close else ""})  # fmt: skip


def spot_findings(cat: Catalog, text: str, strings: JavaStrings) -> list[Finding]:
    outline = JavaOutline.of(text, strings)
    out = []
    for cls in outline.classes():
        if cls.kind != "class" or re.search(r"\babstract\b", cls.block.head) or not cls.implements:
            continue
        missing = missing_methods(cat, cls, outline.imports, outline.package)
        if not missing:
            continue
        spots = sorted({spot for spot, _ in missing})
        names = [
            f"{m.name}({', '.join(p.type.rsplit('.', 1)[-1] for p in m.parameters)})" for _, m in missing
        ]
        shown = ", ".join(names[:6]) + (f" and {len(names) - 6} more" if len(names) > 6 else "")
        out.append(
            Finding(
                cls.name_start,
                cls.name_start + len(cls.name),
                "error",
                "missing-spot-methods",
                f"{cls.name} implements {', '.join(spots)} but does not implement {shown}",
                {"class": cls.name, "methods": [m.name for _, m in missing]},
            )  # fmt: skip
        )
    return out
