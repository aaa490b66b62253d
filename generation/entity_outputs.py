"""Spot outputs that hand back a record the algorithm found: "return its active contract of the SA
type in the parameter, the most recently started one", "put the excess on the account's deposit
contract, the one that started first".

An output whose type is an entity (``ServiceAgreement``) is set from the key column of its table in
the read (``SA_ID``), through the jar's id class (``new ServiceAgreement_Id(saId).getEntity()``); an
output typed ``String`` named like a key (``getPriceAssignmentId``) gets the key itself.  "Most
recent / latest / first / earliest ..." orders the read by the date the objective names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ormb_assist.generation.jarview import JarView
from ormb_assist.generation.joins import entity_key_column
from ormb_assist.generation.sqlplan import SqlPlan, column_kind
from ormb_assist.indexer.models import TableInfo
from ormb_assist.indexer.vocabulary import name_units, term_set

_NEWEST = re.compile(r"\b(?:most recent(?:ly)?|latest|newest|last|youngest|highest|largest|biggest)\b\s*(\w+)?", re.I)
_OLDEST = re.compile(r"\b(?:earliest|oldest|first|lowest|smallest)\b\s*(\w+)?|\b(\w+)\s+first\b", re.I)


@dataclass
class EntityOutput:
    table: str
    alias: str
    column: str  # the key column read from the row
    id_class: str  # fqn of the id class ("" when the output is the key text itself)


def entity_output(return_fqn: str, getter: str, plan: SqlPlan, tables: dict[str, TableInfo],
                  jar: JarView) -> EntityOutput | None:  # fmt: skip
    """How a spot output can be set from the read's row, if the read has the record it returns."""
    alias_of = dict(plan.tables)
    simple = return_fqn.rsplit(".", 1)[-1]
    if simple == "String":
        stem = re.sub(r"^(get|is)", "", getter)
        if not stem.endswith("Id"):
            return None
        column = entity_key_column(stem[: -len("Id")], tables)
        id_class = ""
    else:
        id_class = return_fqn + "_Id"
        holder = jar.get(id_class)
        if holder is None or jar.method(id_class, "getEntity", 0) is None:
            return None
        column = entity_key_column(simple, tables)
    if not column:
        return None
    owner = next((t for t in plan.tables if t[0] in tables and tables[t[0]].primary_key == [column]), None)
    if owner is None:
        return None
    return EntityOutput(owner[0], alias_of[owner[0]], column, id_class)


def order_for(objective: str, table: TableInfo, alias: str) -> str:
    """``S.START_DT DESC`` for "the most recently started one"; "" when the objective states no order."""
    for pattern, direction in ((_NEWEST, "DESC"), (_OLDEST, "ASC")):
        for m in pattern.finditer(objective):
            word = next((g for g in m.groups() if g), "")
            column = _date_column(table, word)
            if column:
                return f"{alias}.{column} {direction}"
    return ""


def _date_column(table: TableInfo, word: str) -> str:
    """The date column the word names ("started" -> START_DT), else the table's first date column
    when the word says nothing (a bare "latest")."""
    dates = [c for c in table.columns if column_kind(c) in ("date", "datetime")]
    if not dates:
        return ""
    terms = term_set(word) if word else frozenset()
    for column in dates:
        units = [u for u in name_units(column.name) if not (u & {"date", "dt", "dttm", "time"})]
        if terms and units and all(u & terms for u in units):
            return column.name
    return dates[0].name if word in ("", "one", "ones") else ""
