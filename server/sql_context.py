"""What the cursor is doing inside an SQL string: which clause, which tables and aliases are in scope.

Works on the assembled text of a :class:`~ormb_assist.server.java_strings.SqlSegment`, so it sees
the whole statement (text after the cursor included: ``SELECT B.| FROM CI_BSEG B`` knows ``B``).
A small tokenizer instead of a full SQL parser because the statement is usually half-typed.
Never imports pygls.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ormb_assist.server.java_strings import JavaStrings, SqlSegment

_TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<str>'(?:[^']|'')*'?)
  | (?P<qid>"[^"]*"?)
  | (?P<bind>:[\w$#]+|\?)
  | (?P<word>[A-Za-z_][\w$#]*)
  | (?P<num>\d+(?:\.\d*)?)
  | (?P<op>\|\||<>|!=|<=|>=|.)
    """,
    re.VERBOSE,
)
KEYWORDS = frozenset(
    [
        "SELECT",
        "FROM",
        "WHERE",
        "AND",
        "OR",
        "NOT",
        "IN",
        "IS",
        "NULL",
        "JOIN",
        "INNER",
        "LEFT",
        "RIGHT",
        "FULL",
        "OUTER",
        "CROSS",
        "NATURAL",
        "ON",
        "GROUP",
        "BY",
        "ORDER",
        "HAVING",
        "UNION",
        "ALL",
        "MINUS",
        "INTERSECT",
        "EXISTS",
        "AS",
        "SET",
        "VALUES",
        "INTO",
        "UPDATE",
        "DELETE",
        "INSERT",
        "MERGE",
        "USING",
        "WHEN",
        "MATCHED",
        "THEN",
        "ELSE",
        "END",
        "CASE",
        "DISTINCT",
        "LIKE",
        "BETWEEN",
        "ASC",
        "DESC",
        "WITH",
        "CONNECT",
        "START",
        "PRIOR",
        "FOR",
        "NOWAIT",
        "FETCH",
        "FIRST",
        "ROWS",
        "ROW",
        "ONLY",
        "OFFSET",
        "LATERAL",
        "PARTITION",
        "OVER",
        "NULLS",
        "LAST",
        "ESCAPE",
        "SOME",
        "ANY",
        "WAIT",
        "SKIP",
        "LOCKED",
        "RETURNING",
        "TABLE",
    ]
)
_TABLE_KEYWORDS = {"FROM", "JOIN", "UPDATE", "INTO", "USING", "TABLE"}
_COLUMN_KEYWORDS = {
    "SELECT", "WHERE", "AND", "OR", "ON", "SET", "BY", "HAVING", "WHEN", "THEN", "ELSE", "CASE", "NOT",
    "DISTINCT", "IN", "LIKE", "BETWEEN", "IS", "ALL", "ANY", "SOME", "RETURNING", "PRIOR", "WITH",
}  # fmt: skip


@dataclass
class Tok:
    kind: str
    text: str
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    @property
    def upper(self) -> str:
        return self.text.upper()

    @property
    def is_keyword(self) -> bool:
        return self.kind == "word" and self.upper in KEYWORDS


@dataclass
class TableRef:
    name: str  # upper-case, schema stripped
    alias: str = ""  # upper-case
    start: int = 0  # SQL offset of the table name
    end: int = 0


@dataclass
class SqlCursor:
    """Cursor position inside an SQL statement.

    ``kind``: "table" (a table name goes here), "column", "alias" (after a table: alias or keyword),
    "none" (inside a quoted value, a bind, or nothing sensible).
    """

    kind: str
    partial: str = ""  # identifier characters typed before the cursor
    partial_start: int = 0  # SQL offset where the partial word starts (replace range start)
    qualifier: str = ""  # "B" in "B.CO|" (upper-case)
    tables: list[TableRef] = field(default_factory=list)
    insert_table: str = ""  # INSERT INTO T (|  -> T
    pending_alias: str = ""  # FROM | B  -> "B": the alias the table being typed will get
    sql: str = ""
    cursor: int = 0

    def alias_map(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for ref in self.tables:
            out.setdefault(ref.name, ref.name)
            if ref.alias:
                out[ref.alias] = ref.name
        return out

    def tables_for_columns(self) -> list[str]:
        if self.insert_table:
            return [self.insert_table]
        if self.qualifier:
            target = self.alias_map().get(self.qualifier)
            return [target] if target else []
        seen: dict[str, None] = {}
        for ref in self.tables:
            seen.setdefault(ref.name, None)
        return list(seen)

    def alias_columns(self, alias: str) -> list[str]:
        """Columns written as ``ALIAS.COLUMN`` anywhere in the statement."""
        if not alias:
            return []
        found = re.findall(
            r"(?<![\w$#])" + re.escape(alias) + r"\s*\.\s*([A-Za-z_][\w$#]*)", self.sql, re.IGNORECASE
        )
        return list(dict.fromkeys(c.upper() for c in found))

    def compared_with(self) -> str:
        """Bind or column compared with the one at the cursor: ``B.| = :billId`` -> ``billId``,
        ``BC.| = BS.BSEG_ID`` -> ``BSEG_ID`` (either side of the operator)."""
        op = r"(?:=|<>|!=|<=|>=|<|>|\bLIKE\b|\bIN\b\s*\()"
        after = r"[\w$#]*\s*" + op + r"\s*(?::([\w$#]+)|(?:[\w$#]+\s*\.\s*)?([A-Za-z_][\w$#]*))"
        m = re.match(after, self.sql[self.cursor :], re.I)
        if not (m and (m.group(1) or m.group(2).upper() not in KEYWORDS)):
            head = re.sub(r"[\w$#]+\s*\.\s*$", "", self.sql[: self.partial_start])
            m = re.search(r"(?::([\w$#]+)|([A-Za-z_][\w$#]*))\s*" + op + r"\s*$", head, re.I)
        if m and (m.group(1) or m.group(2).upper() not in KEYWORDS):
            return m.group(1) or m.group(2)
        return ""

    def unqualified_names(self) -> list[str]:
        """Plain identifiers of the statement that can only be columns (``SET X = ..``, ``(A, B)``)."""
        tokens = tokenize(self.sql)
        named = {t.name for t in self.tables} | {t.alias for t in self.tables} | {self.pending_alias}
        out: list[str] = []
        for i, tok in enumerate(tokens):
            if (
                tok.kind != "word"
                or tok.is_keyword
                or tok.upper in named
                or tok.upper == self.partial.upper()
            ):
                continue
            prev = tokens[i - 1].text if i else ""
            nxt = tokens[i + 1].text if i + 1 < len(tokens) else ""
            if prev == "." or nxt in (".", "(") or (prev.upper() == "AS" if prev else False):
                continue
            out.append(tok.upper)
        return list(dict.fromkeys(out))

    def statement_columns(self) -> set[str]:
        """Identifiers already written in the statement (to de-rank duplicates in a SELECT list)."""
        return {t.upper for t in tokenize(self.sql) if t.kind == "word" and not t.is_keyword}


def tokenize(sql: str) -> list[Tok]:
    return [
        Tok(m.lastgroup or "op", m.group(0), m.start()) for m in _TOKEN.finditer(sql) if m.lastgroup != "ws"
    ]


def tables_in_statement(tokens: list[Tok]) -> list[TableRef]:
    """Tables (with aliases) named after FROM/JOIN/UPDATE/INTO/USING anywhere in the statement."""
    refs: list[TableRef] = []
    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        if tok.kind == "word" and tok.upper in _TABLE_KEYWORDS:
            list_allowed = tok.upper == "FROM"
            i += 1
            while i < n:
                i, ref = _table_item(tokens, i)
                if ref:
                    refs.append(ref)
                if list_allowed and i < n and tokens[i].text == ",":
                    i += 1
                    continue
                break
            continue
        i += 1
    return refs


def _table_item(tokens: list[Tok], i: int) -> tuple[int, TableRef | None]:
    n = len(tokens)
    if i < n and tokens[i].text == "(":
        i = _skip_group(tokens, i)
        ref = None
    elif i < n and tokens[i].kind in ("word", "qid") and not tokens[i].is_keyword:
        name_tok = tokens[i]
        i += 1
        while i + 1 < n and tokens[i].text == "." and tokens[i + 1].kind in ("word", "qid"):
            name_tok = tokens[i + 1]
            i += 2
        ref = TableRef(_ident(name_tok), start=name_tok.start, end=name_tok.end)
    else:
        return i, None
    if i < n and tokens[i].upper == "AS":
        i += 1
    if i < n and tokens[i].kind in ("word", "qid") and not tokens[i].is_keyword:
        if ref:
            ref.alias = _ident(tokens[i])
        i += 1
    return i, ref


def _skip_group(tokens: list[Tok], i: int) -> int:
    depth = 0
    while i < len(tokens):
        depth += {"(": 1, ")": -1}.get(tokens[i].text, 0)
        i += 1
        if depth == 0:
            break
    return i


def _ident(tok: Tok) -> str:
    return tok.text.strip('"').upper() if tok.kind == "qid" else tok.upper


def analyze_cursor(sql: str, cursor: int) -> SqlCursor:
    """Classify the position ``cursor`` (an offset into ``sql``)."""
    tokens = tokenize(sql)
    tables = tables_in_statement(tokens)
    before = [t for t in tokens if t.start < cursor]
    if before and before[-1].end > cursor and before[-1].kind in ("str", "qid", "bind", "num"):
        return SqlCursor("none", tables=tables)
    partial, partial_start = "", cursor
    if before and before[-1].kind == "word" and before[-1].end == cursor:
        partial, partial_start = before[-1].text, before[-1].start
        before = before[:-1]
    elif before and before[-1].kind == "word" and before[-1].end > cursor:
        partial, partial_start = before[-1].text[: cursor - before[-1].start], before[-1].start
        before = before[:-1]
    qualifier = ""
    dotted = len(before) >= 2 and before[-1].text == "." and before[-1].end == partial_start
    if dotted and before[-2].kind in ("word", "qid"):
        qualifier = _ident(before[-2])
        before = before[:-2]
    kind, insert_table = _clause_kind(before, qualifier)
    pending_alias = ""
    if kind == "table":
        tables = [t for t in tables if t.start != partial_start]
        after = [t for t in tokens if t.start >= cursor]
        if after and after[0].kind == "word" and not after[0].is_keyword:
            follower = after[1] if len(after) > 1 else None
            if follower is None or follower.is_keyword or follower.text in (",", ")"):
                pending_alias = after[0].upper
                tables = [t for t in tables if t.start != after[0].start]
    if partial.upper() in KEYWORDS and kind == "alias":
        kind = "none"
    return SqlCursor(
        kind, partial, partial_start, qualifier, tables, insert_table, pending_alias, sql, cursor
    )


def _clause_kind(before: list[Tok], qualifier: str) -> tuple[str, str]:
    if qualifier:
        return "column", ""
    depth = 0
    last = before[-1] if before else None
    for j in range(len(before) - 1, -1, -1):
        tok = before[j]
        if tok.text == ")":
            depth += 1
            continue
        if tok.text == "(":
            if depth > 0:
                depth -= 1
                continue
            # Leaving a group: INSERT INTO T (| is a column list; VALUES (| is values.
            prev = before[j - 1] if j > 0 else None
            if prev and prev.kind in ("word", "qid") and j >= 2 and before[j - 2].upper == "INTO":
                return "column", _ident(prev)
            if prev and prev.upper == "VALUES":
                return "none", ""
            continue
        if depth > 0 or tok.kind != "word":
            continue
        word = tok.upper
        if word in _TABLE_KEYWORDS:
            if last is tok or (word == "FROM" and last is not None and last.text == ","):
                return "table", ""
            if last is not None and last.kind in ("word", "qid") and not last.is_keyword:
                return "alias", ""
            return "none", ""
        if word in _COLUMN_KEYWORDS:
            return "column", ""
        if word in ("INSERT", "DELETE", "MERGE"):
            return "none", ""
    return "none", ""


@dataclass
class JavaSqlCursor:
    """An :class:`SqlCursor` plus where it sits in the Java document."""

    cursor: SqlCursor
    segment: SqlSegment
    sql_cursor: int
    doc_partial_start: int


def sql_cursor_at(text: str, offset: int, strings: JavaStrings | None = None) -> JavaSqlCursor | None:
    """The SQL context at a document offset, or ``None`` when the cursor is not in an SQL string."""
    strings = strings or JavaStrings(text)
    index = strings.literal_at(offset)
    if index is None:
        return None
    segment = strings.segment(index)
    if not segment.looks_like_sql:
        return None
    sql_cursor = segment.sql_index(offset)
    if sql_cursor is None:
        return None
    cursor = analyze_cursor(segment.sql, sql_cursor)
    doc_start = segment.doc_offset(cursor.partial_start)
    return JavaSqlCursor(cursor, segment, sql_cursor, doc_start if doc_start is not None else offset)
