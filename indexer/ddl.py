"""Oracle DDL scripts -> ``TableInfo`` (columns, types, NOT NULL, keys, comments).

Real schema folders are messy: SQL*Plus commands, PL/SQL blocks ended by ``/``, storage clauses,
comments kept in a different file from the CREATE TABLE.  Statements are split here (quote- and
comment-aware), each one is parsed with sqlglot's Oracle dialect after removing the physical
clauses it does not need, and a statement that still fails becomes an ``IndexProblem`` (kind
``"ddl"``, with its line) while every other statement in the file is kept.

Cross-file merge: ``parse_ddl`` returns one ``TableInfo`` per table *mentioned* in the file.  A table
that is only altered or commented there (its CREATE TABLE lives elsewhere) comes back as a partial
record: columns with ``data_type == ""`` that carry only comments, keys from ``ALTER TABLE``.  Pass the
tables of all files to ``merge_tables`` to get one complete record per table name.
"""

from __future__ import annotations

import contextlib
import copy
import re
from collections.abc import Iterable

import sqlglot
from sqlglot import exp
from sqlglot.errors import SqlglotError

from ormb_assist.indexer.models import Column, ForeignKey, IndexProblem, TableInfo

# Oracle q'[...]' quoting.  Like every literal and comment below, an unterminated one runs to the end
# of the text: a pattern that could fail after scanning ahead would rescan from every later ``q'``
# (quadratic; a 1 MB file took hours).  The look-behind keeps ``seq'`` from opening one.
_Q_QUOTE = (
    r"(?<![\w$#])[nN]?[qQ]'(?:\[.*?(?:\]'|\Z)|\{.*?(?:\}'|\Z)|\(.*?(?:\)'|\Z)|<.*?(?:>'|\Z)"
    r"|([^\s(\[{<]).*?(?:\1'|\Z))"
)
_TOKEN_RE = re.compile(
    _Q_QUOTE + r"|'(?:[^']|'')*'?|\"[^\"\n]*\"?|--[^\n]*|/\*.*?(?:\*/|\Z)|^[ \t]*/[ \t]*$|;|\n",
    re.S | re.M,
)
_PLSQL_RE = re.compile(
    r"^\s*(?:CREATE\s+(?:OR\s+REPLACE\s+)?(?:(?:NON)?EDITIONABLE\s+)?"
    r"(?:PROCEDURE|FUNCTION|PACKAGE|TRIGGER|TYPE|LIBRARY|JAVA)\b|BEGIN\b|DECLARE\b)",
    re.I,
)
_SQLPLUS = frozenset(
    {"SET", "PROMPT", "SPOOL", "WHENEVER", "REM", "REMARK", "EXIT", "QUIT", "SHOW", "COLUMN", "DEFINE",
     "UNDEFINE", "CONNECT", "CONN", "TTITLE", "BTITLE", "BREAK", "COMPUTE", "PAUSE", "ACCEPT", "VARIABLE"}
)  # fmt: skip
_IGNORED_HEADS = frozenset(
    {"CREATE", "DROP", "GRANT", "REVOKE", "INSERT", "UPDATE", "DELETE", "MERGE", "COMMIT", "ROLLBACK",
     "SELECT", "TRUNCATE", "RENAME", "ANALYZE", "EXEC", "EXECUTE", "CALL", "BEGIN", "DECLARE", "ALTER",
     "PURGE", "LOCK", "SAVEPOINT", "AUDIT", "NOAUDIT", "FLASHBACK", "WITH", "EXPLAIN", "COMMENT", "SET"}
)  # fmt: skip
_CREATE_TABLE_RE = re.compile(r"^\s*CREATE\s+(?:GLOBAL\s+TEMPORARY\s+|PRIVATE\s+TEMPORARY\s+)?TABLE\b", re.I)
_ALTER_TABLE_RE = re.compile(r"^\s*ALTER\s+TABLE\b", re.I)
_COMMENT_RE = re.compile(r"^\s*COMMENT\s+ON\s+(?:TABLE|COLUMN)\b", re.I)
_IDENT = r'(?:"[^"]+"|[A-Za-z_][\w$#]*)'
_NAME = rf"{_IDENT}(?:\s*\.\s*{_IDENT}){{0,2}}"
_ALTER_ADD_KEY_RE = re.compile(
    rf"^\s*ALTER\s+TABLE\s+(?P<table>{_NAME})\s+ADD\s*\(?\s*(?:CONSTRAINT\s+{_IDENT}\s+)?"
    rf"(?P<kind>PRIMARY\s+KEY|FOREIGN\s+KEY)\s*\((?P<cols>[^)]*)\)"
    rf"(?:\s*REFERENCES\s+(?P<ref>{_NAME})\s*(?:\((?P<ref_cols>[^)]*)\))?)?",
    re.I,
)
_ALTER_ADD_RE = re.compile(r"^\s*ALTER\s+TABLE\s+\S+\s+ADD\b", re.I)
_COMMENT_RE_EXACT = re.compile(
    rf"^\s*COMMENT\s+ON\s+(?P<kind>TABLE|COLUMN)\s+(?P<name>{_NAME})\s+IS\s+'(?P<text>(?:[^']|'')*)'\s*$",
    re.I,
)
_LITERAL_START_RE = re.compile(r"'(?:[^']|'')*'?|(?<![\w$#])[nN]?[qQ]'(\S)")
_Q_CLOSERS = {"[": "]", "{": "}", "(": ")", "<": ">"}
# Physical/constraint-state clauses sqlglot's Oracle dialect rejects; they carry nothing we index.
_NOISE = [
    (re.compile(r"\bUSING\s+INDEX\b[^,()]*", re.I), " "),
    (re.compile(r"\b(?:ENABLE|DISABLE)(?:\s+(?:NO)?VALIDATE)?\b|\b(?:NO)?RELY\b", re.I), " "),
    (re.compile(r"\b(?:NOT\s+)?DEFERRABLE\b|\bINITIALLY\s+(?:IMMEDIATE|DEFERRED)\b", re.I), " "),
    (re.compile(r"\bNUMBER\s*\(\s*\*", re.I), "NUMBER(38"),
    (re.compile(r"\bLONG\s+RAW\b", re.I), "RAW"),
]


def parse_ddl(text: str, path: str) -> tuple[list[TableInfo], list[IndexProblem]]:
    """Tables defined, altered or commented in one DDL file; broken statements become problems."""
    builder = _FileTables(path)
    for line, statement in split_statements(text):
        try:
            builder.statement(line, statement)
        except (SqlglotError, ValueError, RecursionError, AttributeError, TypeError) as exc:
            builder.problem(line, f"cannot parse statement: {_first_line(str(exc))}")
    return list(builder.tables.values()), builder.problems


def split_statements(text: str) -> list[tuple[int, str]]:
    """``(start line, statement)`` pairs; ``;`` or a lone ``/`` ends one, comments are dropped.

    PL/SQL blocks run to their ``/`` line; SQL*Plus commands (SET, PROMPT, ...) end at the newline.
    """
    splitter = _Splitter()
    pos = 0
    for match in _TOKEN_RE.finditer(text):
        splitter.add(text[pos : match.start()])
        splitter.token(match.group())
        pos = match.end()
    splitter.add(text[pos:])
    splitter.flush()
    return splitter.out


class _Splitter:
    def __init__(self) -> None:
        self.out: list[tuple[int, str]] = []
        self.line = 1
        self._reset()

    def _reset(self) -> None:
        self.buf: list[str] = []
        self.start = 0
        self.plsql: bool | None = None  # decided once per statement, at its first ';'
        self.sqlplus: bool | None = None  # decided once per statement, at its first newline

    def add(self, chunk: str) -> None:
        if not chunk:
            return
        if not self.start and chunk.strip():
            self.start = self.line + chunk[: len(chunk) - len(chunk.lstrip())].count("\n")
        self.buf.append(chunk)
        self.line += chunk.count("\n")

    def token(self, token: str) -> None:
        if token.startswith(("--", "/*")):
            self.buf.append(" ")
            self.line += token.count("\n")
        elif token == "\n":
            self.buf.append("\n")
            self.line += 1
            if self._in_sqlplus():
                self.flush()
        elif token == ";":
            if self._in_sqlplus():
                self.buf.append(";")  # SQL*Plus commands end at the newline, not at ';'
                return
            if self.plsql is None:
                self.plsql = bool(_PLSQL_RE.match("".join(self.buf)))
            if self.plsql:
                self.buf.append(";")
            else:
                self.flush()
        elif token.strip() == "/":
            self.flush()
        else:
            self.add(token)

    def _in_sqlplus(self) -> bool:
        if self.start and self.sqlplus is None:
            self.sqlplus = _is_sqlplus("".join(self.buf))
        return bool(self.sqlplus)

    def flush(self) -> None:
        statement = "".join(self.buf).strip()
        if statement and not _is_sqlplus(statement):
            self.out.append((self.start, statement))
        self._reset()


def merge_tables(tables: Iterable[TableInfo]) -> dict[str, TableInfo]:
    """One record per table name from the partial records of many files.

    The record with typed columns (the CREATE TABLE) supplies columns, types and ``source``; comments,
    keys and foreign keys from other files fill in what it lacks (first non-empty value wins).
    """
    merged: dict[str, TableInfo] = {}
    for table in tables:
        current = merged.get(table.name)
        if current is None:
            merged[table.name] = copy.deepcopy(table)
            continue
        incoming_defines = _is_definition(table) and not _is_definition(current)
        if incoming_defines:
            base, extra = copy.deepcopy(table), current
            merged[table.name] = base
        else:
            base, extra = current, table
        _merge_into(base, extra)
    return merged


# --- one file ------------------------------------------------------------------------------------


class _FileTables:
    def __init__(self, path: str) -> None:
        self.path = path
        self.tables: dict[str, TableInfo] = {}
        self.problems: list[IndexProblem] = []
        # name -> Column per table: ``TableInfo.column`` scans the list, which made a CREATE TABLE
        # with 70,000 columns quadratic (minutes); this keeps each lookup O(1).
        self._columns: dict[str, dict[str, Column]] = {}
        self._types: dict[exp.Expression, str] = {}  # sqlglot nodes hash by structure; rendering is slow

    def problem(self, line: int, message: str) -> None:
        self.problems.append(IndexProblem(path=self.path, kind="ddl", message=f"line {line}: {message}"))

    def table(self, name: str) -> TableInfo:
        if name not in self.tables:
            self.tables[name] = TableInfo(name=name, source=self.path)
            self._columns[name] = {}
        return self.tables[name]

    def column(self, table: TableInfo, name: str) -> Column:
        """The table's column ``name`` (upper-case), added at the end when new."""
        columns = self._columns[table.name]
        column = columns.get(name)
        if column is None:
            column = columns[name] = Column(name=name)
            table.columns.append(column)
        return column

    def statement(self, line: int, text: str) -> None:
        if _CREATE_TABLE_RE.match(text):
            self._create_table(line, text)
        elif _ALTER_TABLE_RE.match(text):
            self._alter_table(line, text)
        elif _COMMENT_RE.match(text):
            self._comment(line, text)
        else:
            head = text.split(None, 1)[0].upper()
            if head not in _IGNORED_HEADS:
                self.problem(line, f"unrecognised statement '{_first_line(text)[:60]}'")

    def _create_table(self, line: int, text: str) -> None:
        cleaned = _strip_physical_clauses(text)
        if cleaned is None:
            self.problem(line, f"unbalanced parentheses in '{_first_line(text)[:60]}'")
            return
        parsed = sqlglot.parse_one(cleaned, read="oracle")
        schema = parsed.this if isinstance(parsed, exp.Create) else None
        if isinstance(schema, exp.Table):  # CREATE TABLE x AS SELECT ...: name only
            self.table(_table_name(schema))
            return
        if not isinstance(schema, exp.Schema) or not isinstance(schema.this, exp.Table):
            self.problem(line, f"cannot parse CREATE TABLE '{_first_line(text)[:60]}'")
            return
        table = self.table(_table_name(schema.this))
        for item in schema.expressions:
            if isinstance(item, exp.ColumnDef):
                self._column(table, item)
            else:
                self._table_constraint(table, item)
        known = self._columns[table.name]
        for name in table.primary_key:
            column = known.get(name.upper())
            if column is not None:
                column.nullable = False

    def _column(self, table: TableInfo, definition: exp.ColumnDef) -> None:
        name = _ident(definition.this)
        kind = definition.args.get("kind")
        column = self.column(table, name)
        column.data_type = self._type_text(kind) if kind is not None else ""
        for constraint in definition.constraints:
            rule = constraint.kind
            if isinstance(rule, exp.NotNullColumnConstraint) and not rule.args.get("allow_null"):
                column.nullable = False
            elif isinstance(rule, exp.PrimaryKeyColumnConstraint):
                column.nullable = False
                table.primary_key = [name]
            elif isinstance(rule, exp.Reference):
                ref_table, ref_cols = _reference(rule)
                table.foreign_keys.append(
                    ForeignKey(columns=[name], ref_table=ref_table, ref_columns=ref_cols)
                )

    def _type_text(self, kind: exp.Expression) -> str:
        text = self._types.get(kind)
        if text is None:
            text = self._types[kind] = _render_type(kind)
        return text

    def _table_constraint(self, table: TableInfo, node: exp.Expression) -> None:
        for key in (
            [node]
            if isinstance(node, (exp.PrimaryKey, exp.ForeignKey))
            else node.find_all(exp.PrimaryKey, exp.ForeignKey)
        ):
            columns = [_ident(c) for c in key.expressions]
            if isinstance(key, exp.PrimaryKey):
                table.primary_key = columns
                continue
            reference = key.args.get("reference")
            if isinstance(reference, exp.Reference):
                ref_table, ref_cols = _reference(reference)
                table.foreign_keys.append(
                    ForeignKey(columns=columns, ref_table=ref_table, ref_columns=ref_cols)
                )

    def _alter_table(self, line: int, text: str) -> None:
        if not _ALTER_ADD_RE.match(text):
            return  # MODIFY / DROP / RENAME ...: nothing the index keeps
        parsed = None
        with contextlib.suppress(SqlglotError):
            parsed = sqlglot.parse_one(_strip_noise(text), read="oracle")
        if isinstance(parsed, exp.Alter) and isinstance(parsed.this, exp.Table):
            table = self.table(_table_name(parsed.this))
            for action in parsed.args.get("actions") or []:
                for definition in action.find_all(exp.ColumnDef):
                    self._column(table, definition)
                self._table_constraint(table, action)
            return
        match = _ALTER_ADD_KEY_RE.match(text)
        if match is None:
            self.problem(line, f"cannot parse ALTER TABLE '{_first_line(text)[:60]}'")
            return
        table = self.table(_name_part(match.group("table")))
        columns = _name_list(match.group("cols"))
        if match.group("kind").upper().startswith("PRIMARY"):
            table.primary_key = columns
        elif match.group("ref"):
            ref_cols = _name_list(match.group("ref_cols") or "")
            table.foreign_keys.append(ForeignKey(columns, _name_part(match.group("ref")), ref_cols))

    def _comment(self, line: int, text: str) -> None:
        # The plain form is by far the most common statement in schema scripts: a regex reads it
        # exactly and ~10x faster; anything unusual (q-quotes, odd spacing) goes through sqlglot.
        text = _plain_q_quotes(text)
        match = _COMMENT_RE_EXACT.match(text)
        if match is not None:
            value = match.group("text").replace("''", "'")
            parts = [_name_part(p) for p in _split_dotted(match.group("name"))]
            if match.group("kind").upper() == "TABLE":
                self.table(parts[-1]).comment = value
            elif len(parts) >= 2:
                self._column_comment(parts[-2], parts[-1], value)
            else:
                self.problem(line, "COMMENT ON COLUMN needs table.column")
            return
        target, comment = None, None
        with contextlib.suppress(SqlglotError):
            parsed = sqlglot.parse_one(text, read="oracle")
            if isinstance(parsed, exp.Comment) and isinstance(parsed.expression, exp.Literal):
                target, comment = parsed.this, parsed.expression.this
        if isinstance(target, exp.Table):
            self.table(_table_name(target)).comment = comment or ""
        elif isinstance(target, exp.Column) and target.table:
            self._column_comment(target.table.upper(), _ident(target.this), comment or "")
        else:
            self.problem(line, f"cannot parse COMMENT '{_first_line(text)[:60]}'")

    def _column_comment(self, table_name: str, column_name: str, comment: str) -> None:
        self.column(self.table(table_name), column_name.upper()).comment = comment


# --- helpers -------------------------------------------------------------------------------------


def _is_sqlplus(statement: str) -> bool:
    words = statement.split(None, 1)
    return (
        bool(words)
        and (words[0].upper() in _SQLPLUS or words[0].startswith("@"))
        and not _is_sql_set(statement)
    )


def _is_sql_set(statement: str) -> bool:
    """``SET TRANSACTION`` / ``SET ROLE`` / ``SET CONSTRAINTS`` are SQL, not SQL*Plus."""
    return bool(re.match(r"^\s*SET\s+(?:TRANSACTION|ROLE|CONSTRAINTS?)\b", statement, re.I))


def _strip_noise(text: str) -> str:
    for pattern, replacement in _NOISE:
        text = pattern.sub(replacement, text)
    return text


def _strip_physical_clauses(text: str) -> str | None:
    """CREATE TABLE up to the end of its column list (TABLESPACE, STORAGE, PARTITION... dropped).

    None when the column list never closes; CTAS (no column list) is returned unchanged.
    """
    open_at = text.find("(")
    as_select = re.search(r"\bAS\s*\(?\s*SELECT\b", text, re.I)
    if open_at == -1 or (as_select is not None and as_select.start() < open_at):
        return text
    depth = 0
    for match in re.finditer(r"'(?:[^']|'')*'|\"[^\"]*\"|[()]", text[open_at:]):
        token = match.group()
        if token == "(":
            depth += 1
        elif token == ")":
            depth -= 1
            if depth == 0:
                return _strip_noise(text[: open_at + match.end()])
    return None


def _render_type(kind: exp.Expression) -> str:
    return re.sub(r",\s+", ",", kind.sql(dialect="oracle")).upper()


def _reference(reference: exp.Reference) -> tuple[str, list[str]]:
    target = reference.this
    if isinstance(target, exp.Schema) and isinstance(target.this, exp.Table):
        return _table_name(target.this), [_ident(c) for c in target.expressions]
    if isinstance(target, exp.Table):
        return _table_name(target), []
    return "", []


def _table_name(table: exp.Table) -> str:
    return table.name.upper()


def _ident(node: exp.Expression) -> str:
    return (node.name if hasattr(node, "name") else str(node)).upper()


def _name_part(name: str) -> str:
    name = name.strip()
    if not name.startswith('"'):
        name = name.split(".")[-1].strip()
    return name.strip('"').upper()


def _plain_q_quotes(text: str) -> str:
    """``q'[it's]'`` -> ``'it''s'`` so the ordinary literal rules apply.

    One left-to-right pass: ordinary literals are skipped whole, and scanning stops at an
    unterminated q-quote (left as it is), so no part of the text is read twice.
    """
    out: list[str] = []
    pos = 0
    while (match := _LITERAL_START_RE.search(text, pos)) is not None:
        if match.group(1) is None:  # an ordinary '...' literal
            out.append(text[pos : match.end()])
            pos = match.end()
            continue
        closer = _Q_CLOSERS.get(match.group(1), match.group(1)) + "'"
        end = text.find(closer, match.end())
        if end == -1:
            break
        body = text[match.end() : end]
        out.append(text[pos : match.start()] + "'" + body.replace("'", "''") + "'")
        pos = end + len(closer)
    out.append(text[pos:])
    return "".join(out)


def _split_dotted(name: str) -> list[str]:
    """``schema."Table".col`` -> parts, dots inside double quotes kept."""
    return re.findall(r'"[^"]*"|[^.\s]+', name)


def _name_list(text: str) -> list[str]:
    return [_name_part(part) for part in text.split(",") if part.strip()]


def _first_line(text: str) -> str:
    return " ".join(text.strip().splitlines()[0].split()) if text.strip() else ""


def _is_definition(table: TableInfo) -> bool:
    return any(c.data_type for c in table.columns)


def _merge_into(base: TableInfo, extra: TableInfo) -> None:
    by_name = {c.name: c for c in base.columns}  # one dict, not a list scan per column
    for column in extra.columns:
        existing = by_name.get(column.name)
        if existing is None:
            base.columns.append(copy.deepcopy(column))
            by_name[column.name] = base.columns[-1]
            continue
        if not existing.data_type and column.data_type:
            existing.data_type, existing.nullable = column.data_type, column.nullable
        existing.comment = existing.comment or column.comment
    base.primary_key = base.primary_key or list(extra.primary_key)
    known = {(tuple(fk.columns), fk.ref_table) for fk in base.foreign_keys}
    for fk in extra.foreign_keys:
        if (tuple(fk.columns), fk.ref_table) not in known:
            base.foreign_keys.append(copy.deepcopy(fk))
    base.comment = base.comment or extra.comment
    for name in base.primary_key:
        column = by_name.get(name.upper())
        if column is not None:
            column.nullable = False
