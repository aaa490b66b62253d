"""Characteristic tests: "accounts whose current billing hold char (char type param) is Y", "the price
item has the no-post-processing char set to Y", "if the SA has the billing hold char = Y".

ORMB keeps such flags as effective-dated characteristic rows of the owner (``CI_ACCT_CHAR`` for an
account).  The owner is the entity named just before "char"; its characteristic table is found in
the DDL (the owner's table name + ``_CHAR`` with a ``CHAR_TYPE_CD``); the value in force is the row
with the latest effective date on or before the process date.  The read is reached from a spot
input through the join graph, like every other read.
"""

from __future__ import annotations

import re

from ormb_assist.generation.joins import JoinGraph, table_nouns
from ormb_assist.generation.sqlplan import Filter, HardKey, SqlPlan, _aliases, _sel
from ormb_assist.indexer.models import TableInfo
from ormb_assist.indexer.vocabulary import term_set

_CHAR_TEST = re.compile(
    r"\b(?:char(?:acteristic)?s?)\b(?P<between>[^.;]{0,80}?)(?:\b(?:is|set to|equals?|of|with value)\b|=)\s*"
    r"'?(?P<value>[A-Z0-9][A-Z0-9_-]{0,15})'?(?![A-Za-z0-9])", re.I)  # fmt: skip
_VALUE_WORDS = {"y", "n", "yes", "no", "true", "false"}


def plan_char_condition(objective: str, tables: dict[str, TableInfo], keys: list[HardKey],
                        char_type: Filter | None, process_date: str | None) -> SqlPlan | None:  # fmt: skip
    """The read that finds the owner's characteristic of the configured type with the stated value."""
    m = _CHAR_TEST.search(objective)
    if m is None or char_type is None:
        return None
    value = m.group("value")
    if not (value.isupper() or value.isdigit() or value.lower() in _VALUE_WORDS):
        return None  # "is the freeze date" is not a stated value
    owner = _owner(objective[: m.start()], tables)
    if owner is None:
        return None
    char_table = _char_table(owner, tables)
    if char_table is None:
        return None
    # reach the input through entity keys, not through the characteristic type's code (every
    # characteristic table shares CHAR_TYPE_CD) or other owners' characteristic tables
    reachable = {n: t for n, t in tables.items() if t.primary_key != ["CHAR_TYPE_CD"]
                 and (n == char_table.name or _char_table_owner(t, tables) is None)}  # fmt: skip
    graph = JoinGraph.of(reachable)
    for key in sorted(keys, key=lambda k: char_table.column(k.column) is None):  # a direct key first
        path = [char_table]
        if char_table.column(key.column) is None:
            found = graph.path_to([char_table], lambda t, col=key.column: t.column(col) is not None, {})
            if not found:
                continue
            path += found
        return _plan(objective, m, value, char_table, owner, path, key, char_type, process_date, graph)
    return None


_OWNS = {"whose", "s", "has", "have", "having", "with", "carries", "carry"}


def _owner(before: str, tables: dict[str, TableInfo]) -> TableInfo | None:
    """The entity that owns the characteristic: the one named before "whose / 's / has", else the one
    named closest before "char" ("billing hold char" names the characteristic, not its owner)."""
    words = re.findall(r"[a-z]+", before.lower())[-12:]
    best: tuple[tuple[bool, int], TableInfo] | None = None
    for table in tables.values():
        if _char_table(table, tables) is None:
            continue
        units = table_nouns(table)
        if not units:
            continue
        for i in range(len(words)):
            for size in (1, 2, 3):
                chunk = term_set(" ".join(words[i : i + size]))
                if all(u & chunk for u in units):
                    owns = i + size < len(words) and words[i + size] in _OWNS
                    key = (owns, i)
                    if best is None or key > best[0]:
                        best = (key, table)
                    break
    return best[1] if best else None


def _char_table_owner(table: TableInfo, tables: dict[str, TableInfo]) -> TableInfo | None:
    owner = tables.get(table.name.removesuffix("_CHAR")) if table.name.endswith("_CHAR") else None
    return owner if owner is not None and table.column("CHAR_TYPE_CD") is not None else None


def _char_table(owner: TableInfo, tables: dict[str, TableInfo]) -> TableInfo | None:
    if len(owner.primary_key) != 1:
        return None
    table = tables.get(owner.name + "_CHAR")
    if table is None or table.column("CHAR_TYPE_CD") is None or table.column(owner.primary_key[0]) is None:
        return None
    return table


def _plan(objective: str, m: re.Match[str], value: str, char_table: TableInfo, owner: TableInfo,
          path: list[TableInfo], key: HardKey, char_type: Filter, process_date: str | None,
          graph: JoinGraph) -> SqlPlan:  # fmt: skip
    aliases = _aliases(path)
    alias_of = {t.name: a for t, a in zip(path, aliases, strict=True)}
    c = alias_of[char_table.name]
    owner_key = owner.primary_key[0]
    plan = SqlPlan([], [], [_sel(c, char_table, owner_key)], key=key)
    home = next(t for t in path if t.column(key.column))
    plan.filters.append(Filter(f"{alias_of[home.name]}.{key.column} = :{key.bind}", key.bind, key.kind,
                               key.java_value, key.column))  # fmt: skip
    plan.filters.append(Filter(f"{c}.CHAR_TYPE_CD = :{char_type.bind}", char_type.bind, char_type.kind,
                               char_type.java_value, "CHAR_TYPE_CD"))  # fmt: skip
    said = objective[max(0, m.start() - 60) : m.end()].lower()
    predefined = char_table.column("CHAR_VAL") is not None and "ad hoc" not in said and "adhoc" not in said
    adhoc = char_table.column("ADHOC_CHAR_VAL") is not None and "predefined" not in said
    tests = ([f"TRIM({c}.CHAR_VAL) = '{value}'"] if predefined else []) + (
        [f"TRIM({c}.ADHOC_CHAR_VAL) = '{value}'"] if adhoc else [])  # fmt: skip
    if tests:
        plan.filters.append(Filter(tests[0] if len(tests) == 1 else f"({' OR '.join(tests)})", "", "", ""))
    if char_table.column("EFFDT") is not None and process_date:
        # the value in force: the latest row on or before the process date
        latest = (f"{c}.EFFDT = (SELECT MAX(X.EFFDT) FROM {char_table.name} X WHERE X.{owner_key} = {c}.{owner_key} "
                  f"AND X.CHAR_TYPE_CD = {c}.CHAR_TYPE_CD AND X.EFFDT <= :inForceOn)")  # fmt: skip
        plan.filters.append(Filter(latest, "inForceOn", "date", process_date, "EFFDT"))
    for i, t in enumerate(path[1:], start=1):
        partner = next(x for x in path[:i] if graph.joins(t, x))
        cond = " AND ".join(f"{alias_of[t.name]}.{x} = {alias_of[partner.name]}.{y}" for x, y in graph.pairs(t, partner))
        plan.joins.append(f"JOIN {t.name} {alias_of[t.name]} ON {cond}")
    plan.tables = [(t.name, alias_of[t.name]) for t in path]
    return plan
