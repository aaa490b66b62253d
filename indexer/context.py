"""Prompt-ready context for a resolution, within a token budget.

Order is priority: the spot interface(s) with fully-qualified imports and exact method signatures,
then the tables with columns and join keys, then example algorithm code trimmed to the methods that
matter.  When the budget runs out the lowest section is cut first; the output is deterministic.
Tokens are counted as characters / 4, which is close enough for code and avoids loading a tokenizer.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from ormb_assist.indexer.models import JavaClassInfo, MethodInfo, RankedSpot, Resolution, TableInfo
from ormb_assist.indexer.resolver_features import first_sentences

log = logging.getLogger(__name__)

CHARS_PER_TOKEN = 4
_PRIMITIVES = frozenset(["void", "boolean", "byte", "char", "short", "int", "long", "float", "double", "var"])


def count_tokens(text: str) -> int:
    return (len(text) + CHARS_PER_TOKEN - 1) // CHARS_PER_TOKEN


def build_context(index: Any, resolution: Resolution, token_budget: int = 3000) -> str:
    """Spot signatures, then tables, then examples, cut to ``token_budget`` tokens (chars/4)."""
    budget = max(token_budget, 0) * CHARS_PER_TOKEN
    parts: list[str] = []

    def add(block: str) -> bool:
        nonlocal budget
        if len(block) + 1 > budget:
            return False
        parts.append(block)
        budget -= len(block) + 1
        return True

    spots = _leading_spots(resolution)
    for n, spot in enumerate(spots):
        block = spot_block(index, spot)
        if not add(block) and n == 0:
            add(block[: max(budget - 1, 0)])  # the chosen spot always shows, even if cut
    table_names = [t.name for t in resolution.tables if t.table is not None]
    tables = [t.table for t in resolution.tables if t.table is not None]
    if tables and add("// ---- tables ----"):
        for table in tables:
            if not add(table_block(table)):
                add(table_block(table, max_columns=8))
        joins = join_keys(tables)
        if joins:
            add("// join keys: " + "; ".join(joins))
    shown = {s.name for s in spots}
    examples = [e for e in resolution.examples if e.path and e.spot in shown] or [
        e for e in resolution.examples[:1] if e.path
    ]
    if examples and add("// ---- example algorithms from this workspace ----"):
        for example in examples:
            cls = getattr(index, "classes", {}).get(example.fqn)
            source = _read_source(index, example.path)
            if cls is None or source is None:
                continue
            budget -= 2  # keep room for the closing brace
            header, *methods = example_blocks(cls, source, table_names)
            if add(header):
                for block in methods:
                    if not add(block):
                        break
                budget += 2
                add("}")
            else:
                budget += 2
    return "\n".join(parts).strip() + "\n" if parts else ""


def _leading_spots(resolution: Resolution) -> list[RankedSpot]:
    """The best spot, plus the runner-up when it scores within 10% (the objective is ambiguous)."""
    if not resolution.spots:
        return []
    best = resolution.spots[0]
    close = [s for s in resolution.spots[1:2] if best.score > 0 and s.score >= 0.9 * best.score]
    return [best, *close]


def spot_block(index: Any, spot: RankedSpot) -> str:
    """The spot as a compilable-looking interface: imports, Javadoc summary, method signatures."""
    imports = sorted({spot.fqn, *(_qualified(index, t, spot.fqn) for t in _types_of(spot.methods))} - {""})
    lines = [f"import {imp};" for imp in imports]
    summary = first_sentences(spot.javadoc, 300)
    if summary:
        lines.append(f"/** {summary} */")
    lines.append(f"public interface {spot.name} {{")
    for method in spot.methods:
        doc = first_sentences(method.javadoc, 120)
        if doc:
            lines.append(f"    /** {doc} */")
        lines.append(f"    {simple_signature(method)};")
    lines.append("}")
    return "\n".join(lines)


def _types_of(methods: list[MethodInfo]) -> list[str]:
    out: list[str] = []
    for m in methods:
        for text in [m.return_type, *(p.type for p in m.parameters), *m.throws]:
            for part in text.replace("<", " ").replace(">", " ").replace(",", " ").replace("[]", " ").split():
                if part not in ("?", "extends", "super") and part not in _PRIMITIVES:
                    out.append(part)
    return sorted(set(out))


def _qualified(index: Any, type_name: str, context_fqn: str) -> str:
    if "." in type_name:
        return type_name if not type_name.startswith("java.lang.") else ""
    resolve = getattr(index, "resolve_type", None)
    if resolve is None:
        return ""
    try:
        fqn = resolve(type_name, context_fqn)
    except Exception as exc:  # a resolver hiccup must not lose the whole context
        log.debug("resolve_type(%s) failed: %s", type_name, exc)
        return ""
    return fqn if fqn and not fqn.startswith("java.lang.") else ""


def simple_signature(method: MethodInfo) -> str:
    """Signature with qualified names shortened (imports carry the packages)."""

    def short(text: str) -> str:
        out, word = [], ""
        for ch in text + " ":
            if ch.isalnum() or ch in "._$":
                word += ch
            else:
                out.append(word.rsplit(".", 1)[-1] if word else "")
                out.append(ch)
                word = ""
        return "".join(out).strip()

    params = ", ".join(f"{short(p.type)} {p.name}" for p in method.parameters)
    head = f"{short(method.return_type)} {method.name}({params})".strip()
    if method.type_parameters:
        head = f"{short(method.type_parameters)} {head}"
    if method.throws:
        head += " throws " + ", ".join(short(t) for t in method.throws)
    return head


def table_block(table: TableInfo, max_columns: int | None = None) -> str:
    """``CREATE TABLE``-like listing: type, PK/FK marks and a short comment per column."""
    fk_of: dict[str, str] = {}
    for fk in table.foreign_keys:
        for col, ref in zip(fk.columns, fk.ref_columns or fk.columns, strict=False):
            fk_of.setdefault(col, f"{fk.ref_table}.{ref}")
    columns = list(table.columns)
    if max_columns is not None and len(columns) > max_columns:
        keyed = [c for c in columns if c.name in table.primary_key or c.name in fk_of]
        rest = [c for c in columns if c not in keyed]
        columns = (keyed + rest)[:max_columns]
    head = f"-- {table.name}" + (f": {first_sentences(table.comment, 160)}" if table.comment else "")
    lines = [head]
    for col in columns:
        marks = []
        if col.name in table.primary_key:
            marks.append("PK")
        if col.name in fk_of:
            marks.append(f"FK->{fk_of[col.name]}")
        if not col.nullable:
            marks.append("NOT NULL")
        comment = f" -- {first_sentences(col.comment, 80)}" if col.comment else ""
        lines.append(f"   {col.name} {col.data_type} {' '.join(marks)}".rstrip() + comment)
    if len(columns) < len(table.columns):
        lines.append(f"   ... {len(table.columns) - len(columns)} more columns")
    return "\n".join(lines)


def join_keys(tables: list[TableInfo]) -> list[str]:
    """Join conditions among the chosen tables: declared FKs, else shared primary-key columns."""
    names = {t.name for t in tables}
    joins: list[str] = []
    for t in tables:
        for fk in t.foreign_keys:
            if fk.ref_table in names and fk.ref_table != t.name:
                refs = fk.ref_columns or fk.columns
                joins.extend(
                    f"{t.name}.{c} = {fk.ref_table}.{r}" for c, r in zip(fk.columns, refs, strict=False)
                )
    for a in tables:
        for b in tables:
            if a.name >= b.name:
                continue
            shared = [c for c in a.primary_key if b.column(c) is not None] or [
                c for c in b.primary_key if a.column(c) is not None
            ]
            for c in shared:
                cond = f"{a.name}.{c} = {b.name}.{c}"
                flipped = f"{b.name}.{c} = {a.name}.{c}"
                if cond not in joins and flipped not in joins:
                    joins.append(cond)
    return sorted(dict.fromkeys(joins))


def _read_source(index: Any, rel_path: str) -> str | None:
    workspace = getattr(index, "workspace", None)
    path = Path(rel_path) if workspace is None else Path(workspace) / rel_path
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        log.debug("example source %s unreadable: %s", path, exc)
        return None


def example_blocks(cls: JavaClassInfo, source: str, tables: list[str]) -> list[str]:
    """The example class cut into blocks by relevance: header (Javadoc + declaration), then
    methods with SQL on the chosen tables, ``invoke``, other logic; trivial setters/getters last."""
    lines = source.splitlines()
    first_method = min(
        (m.start_line for m in cls.methods if m.start_line), default=cls.end_line or len(lines)
    )
    start = max(cls.start_line, 1)
    header_end = max(first_method - 1, start)
    doc_start = start
    if doc_start > 1 and lines[doc_start - 2].strip().endswith("*/"):  # the class Javadoc (soft parameters)
        while doc_start > 1 and not lines[doc_start - 2].lstrip().startswith("/**"):
            doc_start -= 1
        doc_start -= 1
    imports = [line for line in lines[: doc_start - 1] if line.startswith(("package ", "import "))]
    header = "\n".join([*imports, *(line for line in lines[doc_start - 1 : header_end] if line.strip())])
    wanted = {t.upper() for t in tables}
    sql_methods = {ref.method for ref in cls.sql if wanted & {t.upper() for t in ref.tables}}

    def rank(m: MethodInfo) -> tuple[int, int]:
        size = m.end_line - m.start_line
        if m.name in sql_methods:
            return (0, m.start_line)
        if m.name == "invoke":
            return (1, m.start_line)
        if size > 2:
            return (2, m.start_line)
        return (3, m.start_line)

    blocks = [f"// {cls.fqn}\n{header}"]
    for method in sorted((m for m in cls.methods if m.start_line and m.end_line), key=rank):
        body = "\n".join(lines[method.start_line - 1 : method.end_line])
        blocks.append(body)
    return blocks
