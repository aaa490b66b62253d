"""Tables, columns, aliases and binds of one SQL text, plus identifier splitting for full-text search.

ORMB code embeds Oracle SQL in Java strings; the resolver ranks tables by how often real code touches
them and the server completes ``alias.`` with columns, so this module turns SQL text into those facts.
sqlglot (Oracle dialect) does the parsing; when it cannot, a tolerant regex pass still recovers the
tables and binds and marks the reference ``parse_ok=False``.

Java expressions spliced into SQL are replaced by the Java parser with placeholder identifiers
``JAVA_EXPR_<n>`` (see ``PLACEHOLDER_PREFIX``); they never show up here as tables, columns or aliases.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

import sqlglot
from sqlglot import exp
from sqlglot.errors import SqlglotError

from ormb_assist.indexer.models import SqlReference

PLACEHOLDER_PREFIX = "JAVA_EXPR_"
_PLACEHOLDER_RE = re.compile(rf"^{PLACEHOLDER_PREFIX}\d+$", re.IGNORECASE)
# Oracle pseudo-columns and keywords that sqlglot sees as bare columns.
_PSEUDO_COLUMNS = frozenset(
    {"ROWNUM", "ROWID", "SYSDATE", "SYSTIMESTAMP", "LEVEL", "USER", "UID", "NEXTVAL", "CURRVAL"}
)
_IGNORED_TABLES = frozenset({"DUAL"})
_SCOPES = (exp.Select, exp.Update, exp.Delete, exp.Insert, exp.Merge)


class _Facts(NamedTuple):
    """Immutable analysis result; cached, then copied into a fresh SqlReference per call."""

    tables: tuple[str, ...]
    columns: tuple[str, ...]
    aliases: tuple[tuple[str, str], ...]
    binds: tuple[str, ...]
    parse_ok: bool


def analyze_sql(sql: str) -> SqlReference:
    """Facts about one SQL text; ``line``/``method`` are left for the caller to fill."""
    facts = _analyze_cached(sql)
    return SqlReference(
        sql=sql,
        line=0,
        tables=list(facts.tables),
        columns=list(facts.columns),
        aliases=dict(facts.aliases),
        binds=list(facts.binds),
        parse_ok=facts.parse_ok,
    )


@lru_cache(maxsize=16384)
def _analyze_cached(sql: str) -> _Facts:
    # The same SQL text recurs across many files (copied algorithms); parse it once per process.
    try:
        statements = [s for s in sqlglot.parse(sql, read="oracle") if s is not None]
    except (SqlglotError, ValueError, RecursionError):
        statements = []
    if not statements or any(isinstance(s, exp.Command) for s in statements):
        return _regex_facts(sql)
    collector = _Collector()
    for statement in statements:
        collector.visit(statement)
    collector.binds = _regex_binds(sql)  # source order, string literals skipped
    return collector.facts()


class _Collector:
    """Walks a sqlglot tree scope by scope so that aliases and bare columns resolve correctly.

    One iterative DFS records each node's enclosing statement scope (SELECT/UPDATE/...), so long
    ``AND`` chains cost linear time instead of a parent climb per column.
    """

    def __init__(self) -> None:
        self.tables: dict[str, int] = {}  # name -> first source offset, to report in source order
        self.columns: dict[str, int] = {}
        self.aliases: dict[str, str] = {}
        self.binds: list[str] = []
        self.sources: dict[
            int, dict[str, str | None]
        ] = {}  # id(scope) -> alias/name -> table (None: derived)
        self.scope: dict[int, exp.Expression | None] = {}  # id(node) -> enclosing scope node
        self.in_when: set[int] = set()  # ids of columns inside MERGE ... WHEN branches
        self.ctes: set[str] = set()

    def visit(self, tree: exp.Expression) -> None:
        order: list[exp.Expression] = []
        stack: list[tuple[exp.Expression, exp.Expression | None, bool]] = [(tree, None, False)]
        while stack:
            node, scope, in_when = stack.pop()
            self.scope[id(node)] = scope
            order.append(node)
            if isinstance(node, exp.Column) and in_when:
                self.in_when.add(id(node))
            inner = node if isinstance(node, _SCOPES) else scope
            when = in_when or isinstance(node, exp.When)
            children = list(node.iter_expressions())
            stack.extend((child, inner, when) for child in reversed(children))
        self.ctes |= {n.alias_or_name.upper() for n in order if isinstance(n, exp.CTE)}
        for node in order:
            if isinstance(node, exp.Table):
                self._add_table(node)
            elif isinstance(node, exp.Subquery) and node.alias and self.scope[id(node)] is not None:
                self._sources(self.scope[id(node)])[node.alias.upper()] = None
            elif isinstance(node, exp.Insert):
                self._add_insert_columns(node)
        for node in order:
            if isinstance(node, exp.Column):
                self._add_column(node)

    def facts(self) -> _Facts:
        return _Facts(
            tables=tuple(sorted(self.tables, key=self.tables.__getitem__)),
            columns=tuple(sorted(self.columns, key=self.columns.__getitem__)),
            aliases=tuple(self.aliases.items()),
            binds=tuple(self.binds),
            parse_ok=True,
        )

    def _sources(self, scope: exp.Expression) -> dict[str, str | None]:
        return self.sources.setdefault(id(scope), {})

    def _add_table(self, table: exp.Table) -> None:
        name = table.name.upper()
        if not name or _PLACEHOLDER_RE.match(name) or not isinstance(table.this, exp.Identifier):
            return
        scope = self.scope.get(id(table))
        alias = table.alias.upper()
        if name in self.ctes:
            if scope is not None:
                self._sources(scope)[alias or name] = None
            return
        if name in _IGNORED_TABLES:
            return
        _note(self.tables, name, table.this)
        if alias and not _PLACEHOLDER_RE.match(alias):
            self.aliases[alias] = name
        if scope is not None:
            sources = self._sources(scope)
            sources[name] = name
            if alias:
                sources[alias] = name

    def _add_insert_columns(self, insert: exp.Insert) -> None:
        schema = insert.this
        if isinstance(schema, exp.Schema) and isinstance(schema.this, exp.Table):
            table = schema.this.name.upper()
            for ident in schema.expressions:
                name = ident.name.upper()
                if name and not _PLACEHOLDER_RE.match(name):
                    _note(self.columns, f"{table}.{name}", ident)

    def _add_column(self, column: exp.Column) -> None:
        if isinstance(column.this, exp.Star):
            return
        name = column.name.upper()
        if not name or name in _PSEUDO_COLUMNS or _PLACEHOLDER_RE.match(name):
            return
        qualifier = column.table.upper()
        if qualifier:
            table = self._resolve_qualifier(column, qualifier)
            _note(self.columns, f"{table}.{name}" if table else name, column.this)
            return
        scope = self._scope_with_sources(column)
        if scope is None:
            _note(self.columns, name, column.this)
            return
        if isinstance(scope, exp.Select) and name in _select_aliases(scope):
            return  # ORDER BY AMT where AMT is a select-list alias
        if isinstance(scope, exp.Merge) and id(column) in self.in_when:
            target = scope.this
            table = target.name.upper() if isinstance(target, exp.Table) else ""
        else:
            real = set(self.sources[id(scope)].values())
            table = next(iter(real)) if len(real) == 1 and None not in real else ""
        _note(self.columns, f"{table}.{name}" if table else name, column.this)

    def _resolve_qualifier(self, column: exp.Column, qualifier: str) -> str:
        scope = self.scope.get(id(column))
        while scope is not None:
            sources = self.sources.get(id(scope), {})
            if qualifier in sources:
                return sources[qualifier] or ""
            scope = self.scope.get(id(scope))
        return self.aliases.get(qualifier) or (qualifier if qualifier in self.tables else "")

    def _scope_with_sources(self, node: exp.Expression) -> exp.Expression | None:
        scope = self.scope.get(id(node))
        while scope is not None and not self.sources.get(id(scope)):
            scope = self.scope.get(id(scope))
        return scope


def _select_aliases(select: exp.Select) -> set[str]:
    return {e.alias.upper() for e in select.expressions if isinstance(e, exp.Alias)}


def _note(seen: dict[str, int], key: str, node: exp.Expression) -> None:
    start = node.meta.get("start", 1 << 30) if isinstance(node, exp.Expression) else 1 << 30
    seen[key] = min(seen.get(key, start), start)


def _add_unique(items: list[str], item: str) -> None:
    if item not in items:
        items.append(item)


# --- tolerant fallback -------------------------------------------------------------------------

_QUOTED_RE = re.compile(r"'(?:[^']|'')*'")
_BIND_RE = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")
_IDENT = r'(?:"[^"]+"|[A-Za-z_][\w$#]*)'
_NAME = rf"{_IDENT}(?:\s*\.\s*{_IDENT})?"
_SINGLE_TABLE_RE = re.compile(
    rf"\b(?:JOIN|UPDATE|INTO|MERGE\s+INTO|DELETE\s+FROM)\s+({_NAME})(?:\s+({_IDENT}))?", re.I
)
_FROM_RE = re.compile(
    r"\bFROM\b(.*?)(?=\bWHERE\b|\bGROUP\b|\bORDER\b|\bHAVING\b|\bUNION\b|\bCONNECT\b|\bSTART\b|\bJOIN\b"
    r"|\bINNER\b|\bLEFT\b|\bRIGHT\b|\bFULL\b|\bCROSS\b|\)|;|$)",
    re.I | re.S,
)
_QUALIFIED_COLUMN_RE = re.compile(r"\b([A-Za-z_]\w*)\.([A-Za-z_]\w*)\b")
_NOT_ALIAS = frozenset(
    [
        "WHERE",
        "SET",
        "ON",
        "USING",
        "GROUP",
        "ORDER",
        "HAVING",
        "UNION",
        "JOIN",
        "INNER",
        "LEFT",
        "RIGHT",
        "FULL",
        "CROSS",
        "VALUES",
        "SELECT",
        "WHEN",
        "AS",
    ]
)


def _regex_binds(sql: str) -> list[str]:
    found: list[str] = []
    for match in _BIND_RE.finditer(_QUOTED_RE.sub("''", sql)):
        _add_unique(found, ":" + match.group(1))
    return found


def _regex_facts(sql: str) -> _Facts:
    text = _QUOTED_RE.sub("''", sql)
    tables: dict[str, None] = {}
    aliases: dict[str, str] = {}

    def add(raw_name: str, raw_alias: str | None) -> None:
        name = _clean_ident(raw_name.split(".")[-1])
        if not name or name in _IGNORED_TABLES or _PLACEHOLDER_RE.match(name) or name == "SELECT":
            return
        tables.setdefault(name, None)
        alias = _clean_ident(raw_alias or "")
        if alias and alias not in _NOT_ALIAS and not _PLACEHOLDER_RE.match(alias):
            aliases[alias] = name

    for match in _SINGLE_TABLE_RE.finditer(text):
        add(match.group(1), match.group(2))
    for match in _FROM_RE.finditer(text):
        for item in match.group(1).split(","):
            parts = [p for p in item.split() if p.upper() != "AS"]
            if parts and not parts[0].startswith("("):
                add(parts[0], parts[1] if len(parts) > 1 else None)
    columns: dict[str, None] = {}
    for match in _QUALIFIED_COLUMN_RE.finditer(text):
        qualifier, column = match.group(1).upper(), match.group(2).upper()
        table = aliases.get(qualifier) or (qualifier if qualifier in tables else "")
        if table and column not in _PSEUDO_COLUMNS:
            columns.setdefault(f"{table}.{column}", None)
    return _Facts(tuple(tables), tuple(columns), tuple(aliases.items()), tuple(_regex_binds(sql)), False)


def _clean_ident(name: str) -> str:
    return name.strip().strip('"').upper()


# --- identifier splitting for full-text search -------------------------------------------------

_WORD_RE = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")


def split_identifier(name: str) -> str:
    """Lower-case words of a Java/SQL identifier, because the full-text index does not split camelCase.

    "createPreparedStatement" -> "create prepared statement", "CI_BSEG_CALC" -> "ci bseg calc",
    "getSAId" -> "get sa id".
    """
    return " ".join(word.lower() for word in _WORD_RE.findall(name))
