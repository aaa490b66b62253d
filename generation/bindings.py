"""Which Java values can filter the SQL: hard-parameter keys and soft-parameter binds.

A hard parameter identifies rows when it is an entity whose id fits the statement's id-bind method
and whose key column is a DDL primary key (``Bill`` -> ``BILL_ID``), a ``String xxxId``, or a data
holder one getter away from such an entity (``billData.getAccount().getId()``).  A soft parameter
binds when the statement has a bind method for its getter's type.  All of it is checked in the jar.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ormb_assist.generation.gen_stub import date_type, soft_parameter_type
from ormb_assist.generation.house import HouseStyle
from ormb_assist.generation.idioms import Idioms
from ormb_assist.generation.jarview import JarView
from ormb_assist.generation.java_types import erase, simple_name
from ormb_assist.generation.joins import entity_key_column
from ormb_assist.generation.sqlplan import HardKey
from ormb_assist.indexer.models import SoftParameter, TableInfo


@dataclass
class Field:
    """A hard parameter stored by its setter."""

    name: str
    type_text: str  # as rendered in the class
    type_fqn: str  # erased fqn (or primitive)
    setter: str
    element_fqn: str = ""  # for a java.util.List / Collection input: the element's fqn
    element_text: str = ""  # ... and its type as rendered


class Binder:
    def __init__(self, tables: dict[str, TableInfo], jar: JarView, idioms: Idioms) -> None:
        self.tables, self.jar, self.idioms = tables, jar, idioms

    def hard_keys(self, fields: list[Field]) -> list[HardKey]:
        keys: list[HardKey] = []
        for f in fields:
            simple = simple_name(f.type_fqn)
            if simple == "String" and f.name.endswith("Id") and "string" in self.idioms.binds:
                column = re.sub(r"(?<!^)(?=[A-Z])", "_", f.name).upper()
                if not any(t.column(column) for t in self.tables.values()):
                    column = entity_key_column(f.name[: -len("Id")], self.tables) or ""  # transactionDetailId
                if column:
                    keys.append(HardKey(f.name, "string", column, f.name, holder=f.name))
            elif self.id_bindable(f.type_fqn):
                column = entity_key_column(simple, self.tables)
                if column:
                    keys.append(HardKey(f"{f.name}.getId()", "id", column, f.name + "Id", holder=f.name))
            elif self.string_id(f.type_fqn):  # frameworks whose entities carry plain String ids
                column = entity_key_column(simple, self.tables)
                if column:
                    keys.append(HardKey(f"{f.name}.getId()", "string", column, f.name + "Id", holder=f.name))
            elif self.jar.get(f.type_fqn) is not None:
                keys += self._through_getter(f, keys)
            elif f.element_fqn:  # List<Bill>: the read runs once per element, bound to its id
                kind = "id" if self.id_bindable(f.element_fqn) else "string" if self.string_id(f.element_fqn) else ""
                column = entity_key_column(simple_name(f.element_fqn), self.tables) if kind else None
                if column:
                    element = simple_name(f.element_fqn)[:1].lower() + simple_name(f.element_fqn)[1:]
                    element = element if element != f.name else element + "Item"
                    keys.append(HardKey(f"{element}.getId()", kind, column, element + "Id", holder=f.name,
                                        element=element, element_type=f.element_text))  # fmt: skip
        return keys

    def _through_getter(self, f: Field, known: list[HardKey]) -> list[HardKey]:
        out: list[HardKey] = []
        for m in self.jar.methods(f.type_fqn):
            ret = erase(m.return_type)
            if m.parameter_types or not m.name.startswith("get") or m.type_parameters:
                continue
            kind = "id" if self.id_bindable(ret) else "string" if self.string_id(ret) else ""
            if not kind:
                continue
            column = entity_key_column(simple_name(ret), self.tables)
            if column and not any(k.column == column for k in known + out):
                bind = m.name[3:4].lower() + m.name[4:] + "Id"
                out.append(HardKey(f"{f.name}.{m.name}().getId()", kind, column, bind, holder=f.name))
        return out

    def id_bindable(self, fqn: str) -> bool:
        """The entity has ``getId()`` and its id type fits the statement's id bind method."""
        if "id" not in self.idioms.binds:
            return False
        ret, wanted = self._id_type(fqn), self._bind_value_type("id")
        return ret is not None and wanted is not None and (ret == wanted or self.jar.is_subtype(ret, wanted))

    def string_id(self, fqn: str) -> bool:
        """The entity's ``getId()`` returns a String and the statement binds strings."""
        return "string" in self.idioms.binds and self._id_type(fqn) in ("java.lang.String", "String")

    def _id_type(self, fqn: str) -> str | None:
        """Erased return type of the entity's ``getId()``; None when the jar has no such method."""
        get_id = self.jar.method(fqn, "getId", 0) if self.jar.get(fqn) is not None else None
        return erase(get_id.return_type) if get_id is not None else None

    def _bind_value_type(self, kind: str) -> str | None:
        method = self.idioms.binds.get(kind)
        stmt = self.idioms.statement_type or ""
        found = (
            next((m for m in self.jar.methods(stmt, method[0]) if len(m.parameter_types) >= 2), None)
            if method
            else None
        )
        return erase(found.parameter_types[1]) if found else None

    def soft_values(self, soft: list[SoftParameter], house: HouseStyle | None = None) -> dict[str, tuple[str, str]]:
        """``{param: (java expression, bind kind)}`` for soft parameters the statement can bind.

        With the workspace's named access (``getStringSoftParameter("x")``) an entity parameter is
        its code, bound as a string."""
        out = {}
        binds = self.idioms.binds
        for p in soft:
            if house is not None and house.soft_access == "named":
                kind = {"decimal": "decimal", "integer": "integer", "date": "date"}.get(p.type, "string")
                if kind in binds:
                    out[p.name] = (house.soft_value(p), kind)
                continue
            fqn = soft_parameter_type(p, self.jar)
            value = f"{p.getter}()"
            kind = {"BigDecimal": "decimal", "BigInteger": "integer", "String": "string"}.get(
                simple_name(fqn)
            )
            if kind is None and fqn == date_type(self.jar):
                kind = "date"
            if kind is None and p.type == "entity":
                entity_type = self._bind_value_type("entity")
                if entity_type and self.jar.is_subtype(fqn, entity_type):
                    kind = "entity"
                elif self.id_bindable(fqn):
                    kind, value = "id", f"{p.getter}().getId()"
            if kind and kind in binds:
                out[p.name] = (value, kind)
        return out
