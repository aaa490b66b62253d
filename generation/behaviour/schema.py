"""Workspace Oracle DDL -> CREATE TABLE statements that H2 (``MODE=Oracle``) runs.

Scenarios seed a fresh in-memory database built from the workspace's own DDL, so the tables are
read with the indexer's parser (``indexer/ddl.py``) and re-rendered without what an empty test
database must not enforce: NOT NULL, foreign keys, storage clauses and schema prefixes are dropped;
primary keys and column defaults are kept.  ``CHAR(n)`` becomes ``VARCHAR2`` so that values are
stored and compared exactly as a seed writes them (no blank padding), and text columns are at
least ``MIN_TEXT_LENGTH`` long so a scenario is not rejected for a code one character too long.  A CREATE TABLE the indexer
cannot parse (hand-edited scripts) is salvaged column by column so every table still exists.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from ormb_assist.indexer.ddl import merge_tables, parse_ddl, split_statements
from ormb_assist.indexer.models import Column, TableInfo

_CREATE = re.compile(
    r"^\s*CREATE\s+(?:GLOBAL\s+TEMPORARY\s+)?TABLE\s+(?P<name>(?:\"?\w+\"?\s*\.\s*)?\"?[\w$#]+\"?)\s*\(",
    re.I,
)
_COLUMN_LINE = re.compile(
    r"^\s*(?P<name>\"?[A-Za-z_][\w$#]*\"?)\s+(?P<type>(?:N?VARCHAR2?|N?CHAR|NUMBER|INTEGER|INT|SMALLINT|FLOAT|"
    r"DATE|TIMESTAMP|CLOB|NCLOB|BLOB|RAW|LONG|DECIMAL)(?:\s*\([^)]*\)?)?)",
    re.I,
)
_PK = re.compile(r"PRIMARY\s+KEY\s*\((?P<cols>[^)]*)\)?", re.I)
# Short code columns (CHAR(8) To Do types...) still take a realistic seed code such as CM-HIGHBILL.
MIN_TEXT_LENGTH = 30
_RESERVED_HEADS = {"CONSTRAINT", "PRIMARY", "FOREIGN", "UNIQUE", "CHECK"}
_DEFAULT = r"\s+[^,]*?\bDEFAULT\s+(?P<value>'(?:[^']|'')*'|-?[\d.]+|SYSDATE|SYSTIMESTAMP|NULL|USER)"


def workspace_tables(db_dir: Path) -> tuple[dict[str, TableInfo], dict[str, dict[str, str]]]:
    """Tables of every ``*.sql`` under ``db_dir`` (merged across files) and their column defaults."""
    parsed: list[TableInfo] = []
    raw: dict[str, str] = {}
    for path in _sql_files(Path(db_dir)):
        text = path.read_text(encoding="utf-8", errors="replace")
        tables, _problems = parse_ddl(text, path.name)
        parsed += tables
        for _line, statement in split_statements(text):
            m = _CREATE.match(statement)
            if m:
                raw[_bare(m.group("name"))] = statement
    merged = merge_tables(parsed)
    for name, statement in raw.items():
        if name not in merged or not any(c.data_type for c in merged[name].columns):
            salvaged = _salvage(name, statement)
            if salvaged.columns:
                merged[name] = salvaged
    defaults = {name: _defaults(raw.get(name, ""), table.columns) for name, table in merged.items()}
    return {n: t for n, t in merged.items() if any(c.data_type for c in t.columns)}, defaults


def _sql_files(root: Path) -> list[Path]:
    """``*.sql`` under ``root``; hidden folders (index caches, .git) are not entered."""
    out = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        out += [Path(folder) / f for f in sorted(files) if f.lower().endswith(".sql")]
    return out


def h2_statements(db_dir: Path) -> list[str]:
    """One ``CREATE TABLE`` per workspace table, in name order, ready for H2 in Oracle mode."""
    tables, defaults = workspace_tables(db_dir)
    return [render_table(tables[n], defaults.get(n, {})) for n in sorted(tables)]


def render_table(table: TableInfo, defaults: dict[str, str] | None = None) -> str:
    defaults = defaults or {}
    lines = []
    for column in table.columns:
        if not column.data_type:
            continue
        default = defaults.get(column.name)
        lines.append(
            f"{column.name} {h2_type(column.data_type)}" + (f" DEFAULT {default}" if default else "")
        )
    pk = [c for c in table.primary_key if table.column(c) is not None and table.column(c).data_type]
    if pk:
        lines.append(f"PRIMARY KEY ({', '.join(pk)})")
    return f"CREATE TABLE {table.name} (\n  " + ",\n  ".join(lines) + "\n)"


def h2_type(oracle_type: str) -> str:
    """The H2 (Oracle mode) type for an Oracle column type; CHAR keys become unpadded VARCHAR2."""
    t = oracle_type.upper().replace(" BYTE", "").replace(" CHAR)", ")")
    m = re.match(r"^(N?)(?:CHAR|VARCHAR2?)\s*(?:\(\s*(\d+)\s*\))?$", t)
    if m:
        return f"{m.group(1)}VARCHAR2({max(int(m.group(2) or 1), MIN_TEXT_LENGTH)})"
    if t.startswith("LONG RAW") or t == "LONG":
        return "CLOB" if t == "LONG" else "BLOB"
    if t.startswith("RAW"):
        return "VARBINARY" + t[3:]
    return t


def _bare(name: str) -> str:
    return name.split(".")[-1].strip().strip('"').upper()


def _salvage(name: str, statement: str) -> TableInfo:
    """Columns and primary key of a CREATE TABLE the parser rejected, read line by line."""
    table = TableInfo(name=name)
    body = statement[statement.find("(") + 1 :]
    for piece in re.split(r"[,\n]", body):
        head = piece.strip().split(None, 1)[0].upper() if piece.strip() else ""
        if head in _RESERVED_HEADS:
            continue
        m = _COLUMN_LINE.match(piece)
        if m:
            col = _bare(m.group("name"))
            if table.column(col) is None:
                kind = re.sub(r"\s+", "", m.group("type")).upper()
                if "(" in kind and not kind.endswith(")"):
                    kind += ")"
                table.columns.append(Column(name=col, data_type=kind))
    pk = _PK.search(body)
    if pk:
        table.primary_key = [_bare(c) for c in pk.group("cols").split(",") if c.strip()]
    return table


def _defaults(statement: str, columns: list[Column]) -> dict[str, str]:
    out: dict[str, str] = {}
    for column in columns:
        m = re.search(rf"(?:^|[(,\n])\s*\"?{re.escape(column.name)}\"?{_DEFAULT}", statement, re.I | re.M)
        if m and m.group("value").upper() != "NULL":
            out[column.name] = m.group("value")
    return out
