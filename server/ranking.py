"""Completion candidates and their order: the pure core behind ``textDocument/completion``.

Scores are ``match tier * 100 + relevance`` so that what the user typed always wins, and relevance
only orders candidates that match equally well.  Relevance comes from the statement (foreign keys to
tables already named, columns already used with an alias, the bind a column is compared with),
from names in the surrounding Java code, and from how the workspace's own SQL uses the schema.
Never imports pygls.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

from ormb_assist.indexer.vocabulary import ABBREVIATIONS, IDENTIFIER_ABBREVIATIONS, split_words, term_set
from ormb_assist.server.catalog import Catalog
from ormb_assist.server.sql_context import SqlCursor

_WORD_BOUNDARY = re.compile(r"(?<=_)[A-Za-z0-9]|(?<=[a-z0-9])[A-Z]")


@dataclass
class Candidate:
    label: str
    kind: str  # table | column | method | soft_param | member | bind
    score: float = 0.0
    detail: str = ""
    description: str = ""  # shown right of the label (labelDetails.description)
    signature: str = ""  # shown after the label (labelDetails.detail), e.g. "(Bill bill)"
    insert_text: str = ""
    snippet: bool = False
    imports: list[str] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)


def match_tier(label: str, partial: str) -> int | None:
    """3 prefix, 2 word-start (``BSEG`` in ``CI_BSEG``), 1 contains/subsequence; ``None`` no match."""
    if not partial:
        return 3
    low, want = label.lower(), partial.lower()
    if low.startswith(want):
        return 3
    for m in _WORD_BOUNDARY.finditer(label):
        if low.startswith(want, m.start()):
            return 2
    if want in low:
        return 1
    it = iter(low)
    if len(want) >= 2 and all(ch in it for ch in want):
        return 1
    return None


def ranked(cands: list[Candidate], partial: str, limit: int = 200) -> list[Candidate]:
    out = []
    for c in cands:
        tier = match_tier(c.label, partial)
        if tier is None:
            continue
        c.score += tier * 100
        out.append(c)
    out.sort(key=lambda c: (-c.score, len(c.label), c.label))
    return out[:limit]


def name_words(identifier: str) -> frozenset[str]:
    """Lower-case words of an identifier with abbreviations spelled out (``ACCT_NBR`` -> acct, account, nbr, number)."""
    out: set[str] = set()
    for word, _ in split_words(identifier):
        out.add(word)
        long_form = ABBREVIATIONS.get(word) or IDENTIFIER_ABBREVIATIONS.get(word)
        if long_form:
            out.update(long_form.split())
    return frozenset(out)


def word_similarity(a: frozenset[str], b: frozenset[str]) -> int:
    """Words shared by two names, a word also matching its own prefix (``lang`` ~ ``language``)."""
    n = 0
    for x in a:
        if x in b or (len(x) >= 3 and any(len(y) >= 3 and (y.startswith(x) or x.startswith(y)) for y in b)):
            n += 1
    return n


def hint_terms(words: list[str]) -> set[str]:
    terms: set[str] = set()
    for w in words:
        terms |= term_set(w)
    return terms


# ---- SQL -------------------------------------------------------------------------------------------
def table_candidates(cat: Catalog, cur: SqlCursor, hints: set[str]) -> list[Candidate]:
    in_statement = {t.name for t in cur.tables}
    alias_cols = set(cur.alias_columns(cur.pending_alias))
    plain_cols = set(cur.unqualified_names())
    out: list[Candidate] = []
    for name, table in cat.tables.items():
        score = 0.0
        related = cat.related.get(name, set())
        if in_statement & related:
            score += 25
        co = cat.cooccur.get(name)
        if co and in_statement:
            score += min(15.0, 5.0 * sum(co[t] for t in in_statement))
        if alias_cols:
            have = sum(1 for c in alias_cols if table.column(c))
            score += 40.0 * have / len(alias_cols) + (10 if have == len(alias_cols) else 0)
        if cur.pending_alias:
            score += min(4.0, cat.alias_usage.get(cur.pending_alias, {}).get(name, 0))
        if plain_cols:
            score += 20.0 * sum(1 for c in plain_cols if table.column(c)) / len(plain_cols)
        if hints:
            score += 4.0 * len(term_set(name) & hints)
        score += min(8.0, 2.0 * math.log2(1 + cat.table_usage.get(name, 0)))
        if name in in_statement:
            score -= 5
        out.append(
            Candidate(
                name, "table", score, detail=_table_detail(table), data={"kind": "table", "table": name}
            )
        )
    return out


def column_candidates(
    cat: Catalog,
    cur: SqlCursor,
    hints: set[str],
    bind: str = "",
    method_words: frozenset[str] = frozenset(),
    read_names: frozenset[str] = frozenset(),
) -> list[Candidate]:
    """Columns of the tables in scope.  ``bind``: the bind or column the cursor is compared with;
    ``method_words``: words of the enclosing Java method; ``read_names``: column names the code reads
    from the result (``row.getString("ACCT_NBR")``)."""
    tables = [t for t in cur.tables_for_columns() if t in cat.tables]
    bind = bind or cur.compared_with()
    bind_words = name_words(bind) if bind else frozenset()
    written = cur.statement_columns() if not cur.insert_table else set()
    best: dict[str, Candidate] = {}
    for table_name in tables:
        table = cat.tables[table_name]
        usage = cat.column_usage.get(table_name, {})
        n = max(1, len(table.columns))
        fk_cols = {c for fk in table.foreign_keys for c in fk.columns}
        for pos, col in enumerate(table.columns):
            score = 3.0 * (1 - pos / n)
            words = name_words(col.name)
            if bind:
                if col.name.replace("_", "").lower() == bind.replace("_", "").lower():
                    score += 60
                score += 15.0 * word_similarity(bind_words, words)
            if method_words:
                score += 8.0 * word_similarity(method_words, words)
            if hints:
                score += 4.0 * len(term_set(col.name) & hints)
            if col.name in read_names and col.name not in written:
                score += 40
            if col.name in table.primary_key or col.name in fk_cols:
                score += 4
            score += min(8.0, 2.0 * math.log2(1 + usage.get(col.name, 0)))
            if col.name in written and col.name != cur.partial.upper():
                score -= 6
            if len(tables) > 1 and len(cat.column_tables.get(col.name, [])) > 1 and col.name.endswith("_ID"):
                score += 2  # join keys shared by several tables in scope
            cand = Candidate(
                col.name,
                "column",
                score,
                detail=f"{table_name}.{col.name} {col.data_type}".strip(),
                description=table_name,
                data={"kind": "column", "table": table_name, "column": col.name},
            )
            if col.name not in best or best[col.name].score < score:
                best[col.name] = cand
    return list(best.values())


def _table_detail(table: Any) -> str:
    comment = (table.comment or "").strip().splitlines()[0] if table.comment else ""
    return f"table · {len(table.columns)} columns" + (f" — {comment[:60]}" if comment else "")


def table_doc(table: Any) -> str:
    """Markdown documentation of a table from its DDL (comment, key and columns)."""
    lines = [f"**{table.name}**" + (f" — {table.comment}" if table.comment else "")]
    if table.primary_key:
        lines.append(f"\nPrimary key: `{', '.join(table.primary_key)}`")
    for fk in table.foreign_keys[:8]:
        lines.append(f"FK `{', '.join(fk.columns)}` → `{fk.ref_table}`")
    lines.append("\n| column | type | comment |\n| --- | --- | --- |")
    for col in table.columns[:60]:
        nn = "" if col.nullable else " not null"
        lines.append(f"| `{col.name}` | {col.data_type}{nn} | {col.comment} |")
    if len(table.columns) > 60:
        lines.append(f"| … {len(table.columns) - 60} more | | |")
    if table.source:
        lines.append(f"\n_{table.source}_")
    return "\n".join(lines)


def column_doc(table: Any, column: Any) -> str:
    nn = "NOT NULL" if not column.nullable else "NULL"
    lines = [f"**{table.name}.{column.name}** `{column.data_type}` {nn}"]
    if column.comment:
        lines.append("\n" + column.comment)
    if column.name in table.primary_key:
        lines.append("\nPart of the primary key.")
    for fk in table.foreign_keys:
        if column.name in fk.columns:
            lines.append(f"\nReferences `{fk.ref_table}`.")
    if table.comment:
        lines.append(f"\nTable: {table.comment}")
    return "\n".join(lines)
