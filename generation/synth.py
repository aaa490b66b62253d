"""The embedded backend's writer: one algorithm class from the resolver's output, no model.

Signatures come from the spot as indexed (jar class files, inherited methods included), columns and
joins from the DDL (see ``sqlplan``), framework calls and habits from ``idioms``.  The same request
always produces the same text, and every name in it was read from the index.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from typing import Any

from ormb_assist.generation.algorithm_plan import (
    AlgorithmPlan,
    PlannedAction,
    condition_kind,
    trigger_sentence,
    wanted_actions,
)
from ormb_assist.generation.base import BackendError, GenerationRequest, check_cancel
from ormb_assist.generation.bindings import Binder, Field
from ormb_assist.generation.char_conditions import plan_char_condition
from ormb_assist.generation.entity_outputs import EntityOutput, entity_output, order_for
from ormb_assist.generation.house import HouseStyle, learn_house
from ormb_assist.generation.idioms import Idioms, MessageFactory, learn
from ormb_assist.generation.jarview import JarView
from ormb_assist.generation.java_types import ImportSet, default_value, erase, simple_name
from ormb_assist.generation.softparams import infer_parameters
from ormb_assist.generation.sqlplan import (
    Filter,
    HardKey,
    Selected,
    SqlPlan,
    column_kind,
    narrow,
    plan_select,
    var_name,
)
from ormb_assist.generation.statuses import StatusChange, empty_tests, status_change_target, status_filters
from ormb_assist.indexer.models import MethodInfo, SoftParameter, SpotInfo, TableInfo
from ormb_assist.indexer.vocabulary import name_units, term_set

_KEYWORDS = set(
    [
        "abstract",
        "assert",
        "boolean",
        "break",
        "byte",
        "case",
        "catch",
        "char",
        "class",
        "const",
        "continue",
        "default",
        "do",
        "double",
        "else",
        "enum",
        "extends",
        "final",
        "finally",
        "float",
        "for",
        "goto",
        "if",
        "implements",
        "import",
        "instanceof",
        "int",
        "interface",
        "long",
        "native",
        "new",
        "package",
        "private",
        "protected",
        "public",
        "return",
        "short",
        "static",
        "strictfp",
        "super",
        "switch",
        "synchronized",
        "this",
        "throw",
        "throws",
        "transient",
        "try",
        "void",
        "volatile",
        "while",
        "true",
        "false",
        "null",
        "var",
        "record",
        "yield",
    ]
)
_ELEMENT = re.compile(r"^[\w.]+<(?:\?extends)?([\w.$]+)>$")
_GENERIC_PARAM = re.compile(r"^(arg|p|param|var|a)\d*$")
I1, I2, I3, I4 = "    ", "        ", "            ", "                "


def spot_methods(
    index: Any, spot_name: str, fallback: list[MethodInfo]
) -> tuple[SpotInfo | None, list[MethodInfo]]:
    """Abstract methods to implement, once each (by name and arity), in the index's order."""
    spot = (index.spots or {}).get(spot_name)
    methods = spot.methods if spot and spot.methods else fallback
    out, seen = [], set()
    for m in methods:
        if m.is_default or "static" in m.modifiers or m.key in seen:
            continue
        seen.add(m.key)
        out.append(m)
    return spot, out


def write_algorithm(index: Any, req: GenerationRequest, cancel: threading.Event | None = None) -> str:
    return _writer(index, req, cancel).render(cancel)


def plan_algorithm(index: Any, req: GenerationRequest, cancel: threading.Event | None = None) -> AlgorithmPlan:
    """The plan the embedded writer would follow (shown to the user, sent to model backends)."""
    writer = _writer(index, req, cancel)
    writer.prepare(cancel)
    return writer.plan


def _writer(index: Any, req: GenerationRequest, cancel: threading.Event | None) -> _Writer:
    ranked = req.spot
    if ranked is None:
        raise BackendError("no algorithm spot was resolved for this objective")
    spot, methods = spot_methods(index, ranked.name, ranked.methods)
    spot_fqn = spot.fqn if spot else ranked.fqn
    if not methods:
        raise BackendError(
            f"the index has no method signatures for {ranked.name}; is the framework jar indexed?"
        )
    jar = JarView.of(index.jar_classes)
    uses_gen = req.superclass.endswith("_Gen")
    idioms = learn(index, req.resolution, ranked.name, req.objective, "" if uses_gen else req.superclass)
    house = learn_house(index, uses_gen, idioms.base)
    check_cancel(cancel)
    return _Writer(index, req, jar, idioms, spot_fqn, methods, house, uses_gen,
                   (spot.javadoc if spot else "") or ranked.javadoc)  # fmt: skip


@dataclass
class _Output:
    """A spot output (a getter with no setter): its field, safe default and the value the action sets."""

    getter: str
    field: str
    type_text: str
    default: str
    acting: str = ""  # Java expression set when the condition holds ("" = unchanged)
    from_read: EntityOutput | None = None  # set from the row the read found (a record it returns)


class _Writer:
    def __init__(self, index: Any, req: GenerationRequest, jar: JarView, idioms: Idioms, spot_fqn: str,
                 methods: list[MethodInfo], house: HouseStyle, uses_gen: bool, spot_javadoc: str) -> None:  # fmt: skip
        self.index, self.req, self.jar, self.idioms = index, req, jar, idioms
        self.spot_fqn, self.methods, self.house, self.uses_gen = spot_fqn, methods, house, uses_gen
        self.imports = ImportSet(req.package, own_names=(req.class_name, req.superclass.rsplit(".", 1)[-1]))
        spot_pkg_words = spot_fqn.split(".")

        def resolve(simple: str) -> str | None:
            found = index.resolve_type(simple, spot_fqn) if hasattr(index, "resolve_type") else None
            return found or jar.find_class(simple, spot_pkg_words)

        self.resolve = resolve
        self.actions = wanted_actions(req.objective)
        self.soft, self.literals = infer_parameters(req.objective, jar)
        self._ensure_action_parameters()
        self.fields = self._fields()
        self.plan = AlgorithmPlan(spot_fqn.rsplit(".", 1)[-1], trigger_sentence(spot_javadoc, spot_fqn.rsplit(".", 1)[-1]))
        self.main: SqlPlan | None = None
        self.mode = "always"
        self.outputs: list[_Output] = []
        self.row_update: StatusChange | None = None
        self.char_value: tuple[str, str] | None = None  # (alias, column) the characteristic records
        self.char_test = False  # the read tests a characteristic's value
        self.collection_add: Field | None = None  # the list the algorithm adds an alert to
        self._prepared = False

    def _ensure_action_parameters(self) -> None:
        """A To Do needs its type, a characteristic its type: configurable, never literals."""
        names = {p.name for p in self.soft}
        wanted = []
        if "todo" in self.actions and not any(p.entity_name == "toDoType" for p in self.soft):
            wanted.append(("toDoType", "ToDoType"))
        if "char" in self.actions and not any(p.entity_name == "characteristicType" for p in self.soft):
            wanted.append(("characteristicType", "CharacteristicType"))
        for name, entity in wanted:
            if name in names:
                continue
            if self.jar.find_class(entity) is not None:
                self.soft.append(SoftParameter(name, "entity", True, entity_name=name))
            else:
                self.soft.append(SoftParameter(name[0].lower() + name[1:] + "Code", "string", True))

    # ---- hard parameters ------------------------------------------------------------------------
    def _fields(self) -> list[Field]:
        out: list[Field] = []
        taken = {self.idioms.logger_name}
        for m in self.methods:
            if not (
                m.name.startswith("set")
                and len(m.name) > 3
                and len(m.parameters) == 1
                and m.return_type == "void"
            ):
                continue
            name = _field_name(m.name[3:], taken)
            taken.add(name)
            type_text = self.imports.type(m.parameters[0].type, self.resolve)
            fqn = self._fqn(m.parameters[0].type)
            element = _ELEMENT.match(m.parameters[0].type.replace(" ", ""))
            if element and fqn in ("java.util.List", "java.util.Collection"):
                element_fqn = self._fqn(element.group(1))
                out.append(Field(name, type_text, fqn, m.name, element_fqn,
                                 self.imports.type(element.group(1), self.resolve)))  # fmt: skip
            else:
                out.append(Field(name, type_text, fqn, m.name))
        return out

    def _fqn(self, type_text: str) -> str:
        base = erase(type_text).replace("[]", "").strip()
        if "." in base or base in (
            "boolean",
            "int",
            "long",
            "double",
            "float",
            "short",
            "byte",
            "char",
            "String",
        ):
            return base
        return self.resolve(base) or base

    # ---- planning -------------------------------------------------------------------------------
    def prepare(self, cancel: threading.Event | None) -> None:
        """Decide reads, condition, actions and outputs (the plan), once."""
        if self._prepared:
            return
        self._prepared = True
        req, idioms = self.req, self.idioms
        keys: list[HardKey] = []
        if idioms.has_sql:
            binder = Binder(self.index.tables, self.jar, idioms)
            keys = binder.hard_keys(self.fields)
            values = binder.soft_values(self.soft, self.house) | self._literal_values()
            # the To Do / characteristic type of an action configures the write, not the read
            owned = {"toDoType"} if "todo" in self.actions else set()
            owned |= {"characteristicType"} if "char" in self.actions else set()
            readable = [p for p in self.soft if p.entity_name not in owned]
            # the table a status change writes is read too: its rows are the ones changed
            target = (status_change_target(req.objective, list(self.index.tables.values()), self.jar, only_named=True)
                      if "row" in self.actions else None)  # fmt: skip
            self.main = self._char_condition(keys, values) or plan_select(
                req.objective, req.resolution, self.index.tables, readable + [p for p, _ in self.literals], keys,
                values, idioms.process_date, self._example_tables(), idioms.date_shift,
                include=[target.table] if target else [])  # fmt: skip
        check_cancel(cancel)
        if self.main is not None and self.main.key is None:
            self.plan.unplanned.append("a read not bound to any spot input was left out (no unbounded scans)")
            self.main = None
        self.key = self.main.key if self.main else (keys[0] if keys else None)
        self.mode = condition_kind(req.objective, bool(self.main and self.main.violation_param))
        if self.char_test:
            self.mode = "rows"  # the characteristic's value is the test
        if self.main is None and self.mode != "always":
            self.plan.unplanned.append("the condition could not be grounded in a table reachable from the spot's inputs")
            self.mode = "unplanned"
        elif self.mode == "unplanned":
            self.plan.unplanned.append("the objective's comparison could not be grounded in a column and a soft parameter")
        if self.main is not None and not self.char_test:
            self._status_filters(self.main)
        if self.main is not None and self.mode in ("rows", "no_rows"):
            self.main = narrow(self.main, self.index.tables)
        self._select_char_value()
        self.outputs = self._outputs()
        self._plan_actions()
        returned = tuple(o.from_read.table for o in self.outputs if o.from_read is not None)
        if self.main is not None and returned:  # only the tables the found record needs
            self.main = narrow(self.main, self.index.tables, keep=returned)
        self._describe()

    def _status_filters(self, main: SqlPlan) -> None:
        """Status words of the objective as filters on the read's tables ("frozen FTs").  In a sibling
        read, what is said before the siblings are named is said of the input row ("when a To Do of
        this type gets completed, complete the other open To Dos")."""
        tables = [self.index.tables[t] for t, _ in main.tables if t in self.index.tables]
        alias_of = dict(main.tables)
        objective = self.req.objective
        if main.scope is not None and main.scope_starts_at and main.key is not None:
            key, home = main.key, main.scope[1]
            for found in status_filters(objective[: main.scope_starts_at], [self.index.tables[home]], self.jar):
                if found.lookup or not found.values:
                    continue
                codes = ", ".join(f"'{v}'" for v in found.values)
                main.filters.append(Filter(f"(SELECT {found.column} FROM {home} WHERE {key.column} = :{key.bind}) "
                                           f"{'NOT IN' if found.negated else 'IN'} ({codes})", "", "", ""))  # fmt: skip
            objective = objective[main.scope_starts_at :]
        for n, found in enumerate(status_filters(objective, tables, self.jar)):
            ref = f"{alias_of[found.table]}.{found.column}"
            if any(ref in f.sql for f in main.filters):
                continue  # already tested (a soft parameter, the input's key)
            if found.lookup:
                if "lookup" not in self.idioms.binds:
                    continue
                fqn, constant = found.lookup.split(".constants.")
                bind = var_name(found.column) + ("" if n == 0 else str(n))
                main.filters.append(Filter(f"{ref} {'<>' if found.negated else '='} :{bind}", bind, "lookup",
                                           f"{self.imports.use(fqn)}.constants.{constant}", found.column))  # fmt: skip
            else:
                codes = ", ".join(f"'{v}'" for v in found.values)
                op = ("NOT IN" if found.negated else "IN") if len(found.values) > 1 else ("<>" if found.negated else "=")
                main.filters.append(Filter(f"{ref} {op} {codes if len(found.values) == 1 else f'({codes})'}", "", "", ""))
            self.plan.computation = "; ".join(x for x in (self.plan.computation, "status: " + found.describe()) if x)
        for test in empty_tests(self.req.objective, tables):
            ref = f"{alias_of[test.table]}.{test.column}"
            main.filters.append(Filter(f"{ref} IS {'NOT ' if test.negated else ''}NULL", "", "", ""))
            if self.mode == "no_rows":  # "without a comment" is now the row's own test
                self.mode = "rows"

    def _char_condition(self, keys: list[HardKey], values: dict[str, tuple[str, str]]) -> SqlPlan | None:
        """A characteristic value test ("whose billing hold char is Y"), when the objective states one and
        the characteristic type is configured (not the type an action writes)."""
        if "char" in self.actions:
            return None
        param = self._soft("characteristicType")
        java, kind = values.get(param.name, ("", "")) if param else ("", "")
        if not java:
            return None
        found = plan_char_condition(self.req.objective, self.index.tables, keys,
                                    Filter("", param.name, kind, java, "CHAR_TYPE_CD"), self._as_of_date())  # fmt: skip
        self.char_test = found is not None
        return found

    def _as_of_date(self) -> str | None:
        """The date a value must be in force on: a spot input the objective names ("effective on the
        billing period end date" -> billingPeriodEndDate), else the process date."""
        m = re.search(r"\b(?:effective|in force|valid|as)\s+(?:on|at|of)\s+(?:the\s+)?((?:[\w-]+\s+){0,4}?date)\b",
                      self.req.objective, re.I)  # fmt: skip
        if m:
            terms = term_set(m.group(1))
            for f in self.fields:
                units = [u for u in name_units(f.name) if not (u & {"date", "dt"})]
                if f.type_fqn.endswith(".Date") and units and all(u & terms for u in units):
                    return f.name
        return self.idioms.process_date

    def _literal_values(self) -> dict[str, tuple[str, str]]:
        """Numbers the objective fixes ("the last 30 days") as Java constants of the bind's type."""
        out = {}
        for param, value in self.literals:
            kind = "integer" if param.type == "integer" and "." not in value else "decimal"
            if kind not in self.idioms.binds:
                continue
            if kind == "integer":
                out[param.name] = (f"{self.imports.use('java.math.BigInteger')}.valueOf({value})", kind)
            else:
                out[param.name] = (f'new {self.imports.use("java.math.BigDecimal")}("{value}")', kind)
        return out

    def _describe(self) -> None:
        plan, main = self.plan, self.main
        holders = {main.key.holder} if main and main.key else set()
        plan.inputs = [f"{f.setter}({simple_name(f.type_fqn)}) -> {f.name}" for f in self.fields if f.name in holders]
        if main is not None:
            plan.reads.append(" ".join(main.sql_lines()))
            aggregates = [c.expr for c in main.columns if c.expr]
            plan.computation = ", ".join(aggregates)
        condition = {
            "rows": "a row comes back" + (f" ({main.having.sql if main.having else self._where_text()})" if main else ""),
            "no_rows": "no row comes back (the thing tested is missing)",
            "always": "",
            "unplanned": "not grounded: the action is not taken (TODO in the code)",
        }[self.mode]
        plan.condition = condition
        plan.soft_parameters = [f"{p.name} ({p.type}) via {self.house.soft_value(p)}" for p in self.soft]
        plan.outputs = [f"{o.getter}() defaults to {o.default}" + (f", set to {o.acting} when acting" if o.acting else "")
                        for o in self.outputs]  # fmt: skip

    def _where_text(self) -> str:
        main = self.main
        if main is None:
            return ""
        conds = [f.sql for f in main.filters if f.sql and main.key and f.bind != main.key.bind]
        return " AND ".join(conds) or "exists"

    def _outputs(self) -> list[_Output]:
        setters = {f.setter[3:] for f in self.fields}
        out = []
        taken = {f.name for f in self.fields} | {self.idioms.logger_name}
        for m in self.methods:
            if m.parameters or not m.return_type or m.return_type == "void" or not m.name.startswith(("get", "is")):
                continue
            stem = m.name[3:] if m.name.startswith("get") else m.name[2:]
            if stem in setters:
                continue
            type_text = self.imports.type(m.return_type, self.resolve)
            name = _field_name(stem, taken)
            taken.add(name)
            out.append(_Output(m.name, name, type_text, self._safe_default(m.name, m.return_type, type_text)))
        return out

    def _safe_default(self, getter: str, return_type: str, type_text: str) -> str:
        """Never a default that rejects or blocks every event: gates default open, skips default off."""
        simple = simple_name(erase(return_type))
        lower = getter.lower()
        if simple in ("Bool", "boolean", "Boolean"):
            owner = {"boolean": "", "Boolean": "Boolean"}.get(simple) if simple != "Bool" else self.imports.use(self._bool_fqn())
            yes, no = (f"{owner}.TRUE", f"{owner}.FALSE") if owner else ("true", "false")
            return yes if _OPEN_GATE.search(lower) else no
        constants = self._lookup_constants(erase(return_type))
        if constants:
            default = next((c for c in constants if _CONTINUE.search(c)), None)
            if default:
                return f"{self.imports.use(erase(return_type))}.constants.{default}"
        return default_value(type_text, self.idioms.bool_false)

    def _bool_fqn(self) -> str:
        return self.idioms.bool_type or self.jar.find_class("Bool", ("datatypes",)) or "Bool"

    def _lookup_constants(self, fqn: str) -> list[str]:
        holder = self.jar.get(fqn + "$Constants")
        return [f.name for f in holder.fields] if holder is not None else []

    def _plan_actions(self) -> None:
        words = set(re.findall(r"[a-z]+", self.req.objective.lower()))
        plan = self.plan
        for kind in self.actions:
            if kind == "error":
                msg = self.idioms.message
                if msg is None or "addError" not in self.idioms.helpers:
                    plan.unplanned.append("raise an error: no message factory found in the workspace")
                    continue
                plan.actions.append(PlannedAction("error", f"addError({simple_name(msg.owner)}.{msg.method}(...))",
                                                  f"{msg.owner}.{msg.method}"))  # fmt: skip
            elif kind == "todo":
                how = self._todo_api()
                if not how:
                    plan.unplanned.append("create a To Do: the framework jar has no To Do API")
                    continue
                plan.actions.append(PlannedAction("todo", f"create a To Do entry ({how}) of the configured type",
                                                  "CI_TD_ENTRY"))  # fmt: skip
            elif kind == "char":
                table = self._char_table()
                if table is None:
                    plan.unplanned.append("add a characteristic: no characteristic table for the spot's input")
                    continue
                plan.actions.append(PlannedAction("char", f"insert a {table.name} row of the configured type", table.name))
            elif kind == "skip":
                out = next((o for o in self.outputs if _SKIP_OUT.search(o.getter.lower())
                            or _OPEN_GATE.search(o.getter.lower())), None)  # fmt: skip
                if out is None:
                    plan.unplanned.append("skip: the spot has no skip or eligibility output")
                    continue
                out.acting = _flip(out.default)
                plan.actions.append(PlannedAction("skip", f"{out.getter}() returns {out.acting}", out.getter))
            elif kind == "row":
                self.row_update = self._plan_status_change()
                if self.row_update is None:
                    plan.unplanned.append("update a row: which column and value could not be planned")
                    continue
                target = self.row_update
                plan.actions.append(PlannedAction("row", f"set {target.table}.{target.column} to "
                                                  f"{target.describe_value()} on the rows read", target.table))  # fmt: skip
        for out in self.outputs:  # a lookup output whose constant the objective names ("delete the bill")
            if out.acting:
                continue
            constants = self._lookup_constants(self._output_fqn(out))
            match = next((c for c in constants if not _CONTINUE.search(c)
                          and set(c.lower().split("_")) & words - {"bill", "the"}), None)  # fmt: skip
            if match:
                out.acting = f"{out.type_text}.constants.{match}"
                plan.actions.append(PlannedAction("output", f"{out.getter}() returns {match}", out.getter))
        if plan.actions and all(a.kind == "row" for a in plan.actions) and self.mode == "no_rows":
            self.mode = "always"  # the update is set-based: its own WHERE picks the rows ("not yet frozen")
        self._plan_entity_outputs()
        self._plan_collection_add()
        blocking = any(a.kind in ("error", "skip") for a in plan.actions)
        if self.mode == "always" and blocking and _looks_conditional(self.req.objective):
            plan.unplanned.append("the condition is not grounded, so the blocking action is not taken")
            self.mode = "unplanned"

    def _collections(self) -> list[Field]:
        """List inputs the spot also hands back (``setControlCentralAlerts`` + ``getControlCentralAlerts``):
        the algorithm adds to them."""
        getters = {m.name for m in self.methods if not m.parameters}
        return [f for f in self.fields if f.element_fqn and "get" + f.setter[3:] in getters]

    def _plan_collection_add(self) -> None:
        """"Warn the rep / show an alert": add an element to the list the spot hands back."""
        if not _ALERT.search(self.req.objective):
            return
        target = next(iter(self._collections()), None)
        if target is None:
            return
        element = self.jar.get(target.element_fqn)
        simple = target.element_fqn.rsplit(".", 1)[-1]
        if element is None or not any(m.name == simple and not m.parameter_types and "public" in m.modifiers
                                      for m in element.methods):  # fmt: skip
            return
        self.collection_add = target
        self.plan.actions.append(PlannedAction("alert", f"add a {simple} to {target.name}", target.name))

    def _collection_item(self, indent: str) -> str:
        target = self.collection_add
        if target is None:
            return ""
        element = self.imports.use(target.element_fqn)
        lines = [f"{indent}{element} item = new {element}();\n"]
        if self.jar.method(target.element_fqn, "setMessageText", 1) is not None:
            lines.append(f'{indent}item.setMessageText("{self._summary()}");\n')
        lines.append(f"{indent}{target.name}.add(item);\n")
        return "".join(lines)

    def _plan_entity_outputs(self) -> None:
        """Outputs that return a record the read finds (the contract to use, the price assignment)."""
        main = self.main
        if main is None or main.group_by:
            return
        for out in self.outputs:
            if out.acting:
                continue
            found = entity_output(self._output_fqn(out), out.getter, main, self.index.tables, self.jar)
            if found is None:
                continue
            out.from_read = found
            if not any(c.alias == found.alias and c.column == found.column for c in main.columns):
                table = self.index.tables[found.table]
                main.columns.insert(0, Selected(found.alias, found.table, found.column,
                                                column_kind(table.column(found.column)), var_name(found.column)))  # fmt: skip
            order = order_for(self.req.objective, self.index.tables[found.table], found.alias)
            if order and order not in main.order_by:
                main.order_by.append(order)
            self.plan.actions.append(PlannedAction("output", f"{out.getter}() returns the {found.table} row found"
                                                   + (f" (first by {order})" if order else ""), out.getter))  # fmt: skip
            if self.mode in ("always", "no_rows"):
                self.mode = "rows"  # "nothing if there is none": the default stays when no row is found

    def _output_fqn(self, out: _Output) -> str:
        m = next(m for m in self.methods if m.name == out.getter and not m.parameters)
        return erase(self._fqn(m.return_type))

    def _todo_api(self) -> str:
        if self.house.todo_style == "dto" and self.jar.find_class("ToDoEntry_DTO") and self.jar.find_class("ToDoType_Id"):
            return "ToDoEntry_DTO"
        if self.jar.find_class("BusinessServiceInstance") and self.jar.find_class("BusinessServiceDispatcher"):
            return "F1-AddToDoEntry"
        return ""

    def _char_table(self) -> TableInfo | None:
        key = self.key
        if key is None or "string" not in self.idioms.binds:
            return None
        tables = self.index.tables or {}
        owner = next((t for t in tables.values() if t.primary_key == [key.column]), None)
        candidates = [t for t in tables.values() if t.column(key.column) and t.column("CHAR_TYPE_CD")
                      and "CHAR" in t.name]  # fmt: skip
        if owner is not None:
            candidates.sort(key=lambda t: (not t.name.startswith(owner.name), len(t.name)))
        return candidates[0] if candidates else None

    # ---- rendering ------------------------------------------------------------------------------
    def render(self, cancel: threading.Event | None) -> str:
        self.prepare(cancel)
        req, idioms = self.req, self.idioms
        check_cancel(cancel)
        spot_simple = self.imports.use(self.spot_fqn)
        if self.uses_gen:
            extends = req.superclass
        elif idioms.base or req.superclass:
            extends = self.imports.use(
                req.superclass if "." in req.superclass else idioms.base or req.superclass
            )
        else:
            extends = ""
        logger = self._logger_field()
        members: list[str] = []
        if logger:
            members.append(logger)
        collections = self._collections()  # lists handed back start empty, never null
        members += [f"{I1}private {f.type_text} {f.name}"
                    + (f" = new {self.imports.use('java.util.ArrayList')}<>()" if f in collections else "") + ";\n"
                    for f in self.fields]  # fmt: skip
        members += [f"{I1}private {o.type_text} {o.field} = {o.default};\n" for o in self.outputs]
        body = (
            [self._invoke()]
            if any(m.name == "invoke" and not m.parameters for m in self.methods)
            else []
        )
        body += [self._method(m) for m in self.methods if not (m.name == "invoke" and not m.parameters)]
        validation = self._soft_validation()
        if validation:
            body.append(validation)
        javadoc = self._javadoc([self.main] if self.main else [])
        head = f"package {req.package};\n\n" if req.package else ""
        ext = f" extends {extends}" if extends else ""
        decl = f"public class {req.class_name}{ext} implements {spot_simple} {{\n"
        text = "".join(members) + "\n" + "\n".join(body)
        imports = self.imports.render()
        return f"{head}{imports}\n{javadoc}{decl}\n{text}}}\n"

    def _example_tables(self) -> tuple[str, ...]:
        """Tables read by the best-ranked workspace implementation of the same spot."""
        spot = self.spot_fqn.rsplit(".", 1)[-1]
        for example in self.req.resolution.examples if self.req.resolution else []:
            cls = (self.index.classes or {}).get(example.fqn)
            if cls is not None and example.spot.rsplit(".", 1)[-1] == spot and cls.tables:
                return tuple(cls.tables)
        return ()

    def _logger_field(self) -> str:
        idioms = self.idioms
        if not (idioms.logger_factory and idioms.logger_type):
            return ""
        factory = self.imports.use(idioms.logger_factory)
        logger_type = self.imports.use(idioms.logger_type)
        return f"{I1}private static final {logger_type} {idioms.logger_name} = {factory}.{idioms.logger_getter}({self.req.class_name}.class);\n\n"

    def _log(self, level: str, message: str, indent: str) -> str:
        idioms = self.idioms
        method = {"info": idioms.log_method, "debug": idioms.debug_method}.get(level, level)
        if not (idioms.logger_factory and method):
            return ""
        return f"{indent}{idioms.logger_name}.{method}({message});\n"

    def _javadoc(self, plans: list[SqlPlan]) -> str:
        objective = re.sub(r"\s+", " ", self.req.objective.replace("*/", "* /")).strip()
        objective = (
            objective[:1].upper() + objective[1:] + ("" if objective.endswith((".", "!", "?")) else ".")
        )
        lines = ["/**", f" * {objective}"]
        lines.append(" * <p>")
        source = f"Implements {self.spot_fqn.rsplit('.', 1)[-1]}"
        if plans:
            source += f"; reads {', '.join(t for p in plans for t in p.table_names)}"
        if self.idioms.example_path:
            source += f"; follows {self.idioms.example_path}"
        lines.append(f" * {source}.")
        lines.append(" *")
        if self.soft:
            entries = [_soft_entry(p) for p in self.soft]
            block = "@AlgorithmComponent (softParameters = { " + entries[0]
            for e in entries[1:]:
                block += "\n *            , " + e
            lines.append(block + "})")
        else:
            lines.append("@AlgorithmComponent ()")
        lines.append(" */")
        return "\n".join(lines) + "\n"

    def _method(self, m: MethodInfo) -> str:
        params = []
        for i, p in enumerate(m.parameters):
            name = p.name if p.name and not _GENERIC_PARAM.match(p.name) and p.name not in _KEYWORDS else ""
            field = next((f for f in self.fields if f.setter == m.name), None)
            name = name or (field.name if field else f"value{i}" if len(m.parameters) > 1 else "value")
            if name == self.idioms.logger_name:
                name += "Value"
            params.append(f"{self.imports.type(p.type, self.resolve)} {name}")
        ret = self.imports.type(m.return_type, self.resolve) if m.return_type else "void"
        tparams = f"{m.type_parameters} " if m.type_parameters else ""
        throws = (
            f" throws {', '.join(self.imports.type(t, self.resolve) for t in m.throws)}" if m.throws else ""
        )
        head = f"{I1}public {tparams}{ret} {m.name}({', '.join(params)}){throws} {{\n"
        override = f"{I1}@Override\n" if self.idioms.override else ""
        field = next((f for f in self.fields if f.setter == m.name), None)
        if field is not None:
            body = f"{I2}this.{field.name} = {params[0].rsplit(' ', 1)[1]};\n"
        elif ret == "void":
            body = ""
        else:
            match = next((f for f in self.fields if f.setter == "set" + m.name[3:] and m.name.startswith("get")
                          and f.type_text == ret and not m.parameters), None)  # fmt: skip
            output = next((o for o in self.outputs if o.getter == m.name and not m.parameters), None)
            value = match.name if match else output.field if output else default_value(ret, self.idioms.bool_false)
            body = f"{I2}return {value};\n"
        return f"{override}{head}{body}{I1}}}\n"

    # ---- invoke --------------------------------------------------------------------------------
    def _invoke(self) -> str:
        override = f"{I1}@Override\n" if self.idioms.override else ""
        lines = [f"{override}{I1}public void invoke() {{\n"]
        if self.soft:
            parts = ' + ", " + '.join(f'"{p.name}=" + {self.house.soft_value(p)}' for p in self.soft)
            lines.append(self._log("debug", f'"{self.req.class_name} soft parameters: " + {parts}', I2))
        key = self.key
        if key is not None and key.holder:
            blank = key.kind == "string" and "isBlankOrNull" in self.idioms.helpers and "." not in key.java_value
            test = f"isBlankOrNull({key.holder})" if blank else self._is_null(key.holder)
            lines.append(f"{I2}if ({test}) {{\n{I3}return;\n{I2}}}\n")
        for u in self.plan.unplanned:
            lines.append(f"{I2}// TODO(ormb-assist): {u}.\n")
        if self.main is None:
            if self.mode == "always":
                lines.append(self._actions([], I2))
            lines.append(self._log("info", f'"{self.req.class_name} invoked"', I2))
            lines.append(f"{I1}}}\n")
            return "".join(lines)
        statement = self._statement(self.idioms.statement_var, self.main)
        if key is not None and key.element:  # one read per element of the list input
            statement = (f"{I2}for ({key.element_type} {key.element} : {key.holder}) {{\n"
                         + "".join(I1 + line if line.strip() else line for line in statement.splitlines(keepends=True))
                         + f"{I2}}}\n")  # fmt: skip
        lines.append(statement)
        lines.append(f"{I1}}}\n")
        return "".join(lines)

    def _statement(self, var: str, plan: SqlPlan) -> str:
        out = []
        stmt_type = self.imports.use(self.idioms.statement_type or "")
        sql_lines = plan.sql_lines()
        literal = f'"{sql_lines[0]} "' + "".join(f'\n{I4}+ "{line} "' for line in sql_lines[1:])
        description = f"{self.req.class_name.removesuffix('_Impl')}: read {', '.join(plan.table_names)}"
        out.append(f'{I2}{stmt_type} {var} = createPreparedStatement({literal}, "{description}");\n')
        out.append(f"{I2}try {{\n")
        for flt in plan.all_binds:
            out.append(self._bind(var, flt))
        out.append(self._decide(var, plan))
        out.append(f"{I2}}} finally {{\n{I3}{var}.close();\n{I2}}}\n")
        return "".join(out)

    def _is_null(self, expr: str) -> str:
        return f"isNull({expr})" if "isNull" in self.idioms.helpers else f"{expr} == null"

    def _not_null(self, expr: str) -> str:
        return f"notNull({expr})" if "notNull" in self.idioms.helpers else f"{expr} != null"

    def _bind(self, var: str, flt: Filter, indent: str = I3) -> str:
        if not flt.bind:
            return ""  # a condition with its value in the SQL text (a documented status code)
        if flt.kind not in self.idioms.binds:
            return f"{indent}// TODO(ormb-assist): no {flt.kind} bind in this framework for :{flt.bind}\n"
        method, arity = self.idioms.binds[flt.kind]
        extra = f', "{flt.column}"' if arity == 3 and flt.column else ', ""' if arity == 3 else ""
        return f'{indent}{var}.{method}("{flt.bind}", {flt.java_value}{extra});\n'

    def _first_row(self, var: str) -> str:
        idioms = self.idioms
        row_type = self.imports.use(idioms.row_type or "")
        if self.jar.method(idioms.statement_type or "", "firstRow", 0) is not None:
            return f"{I3}{row_type} row = {var}.firstRow();\n"
        list_type = self.imports.type(idioms.list_return, lambda simple: None)
        return (f"{I3}{list_type} rows = {var}.{idioms.list_method}();\n"
                f"{I3}{row_type} row = rows.isEmpty() ? null : rows.get(0);\n")  # fmt: skip

    def _decide(self, var: str, plan: SqlPlan) -> str:
        """Read the first qualifying row, then act on the plan's condition."""
        out = [self._first_row(var)]
        read: list[tuple[str, str]] = []
        if self.mode == "no_rows":
            out.append(f"{I3}if ({self._is_null('row')}) {{\n")
            out.append(self._actions([], I4))
            out.append(f"{I3}}}\n")
            return "".join(out)
        out.append(f"{I3}if ({self._not_null('row')}) {{\n")
        taken = {f.name for f in self.fields} | {o.field for o in self.outputs} | {self.idioms.logger_name, var, "rows", "row"}
        for col in plan.columns:
            getter = self.idioms.row_getters.get(col.kind) or self.idioms.row_getters.get("string")
            if getter is None:
                continue
            name = col.var if col.var not in taken and col.var not in _KEYWORDS else col.var + "Value"
            taken.add(name)
            out.append(f'{I4}{self.imports.use(getter[1])} {name} = row.{getter[0]}("{col.column}");\n')
            read.append((col.column, name))
        detail = ' + ", " + '.join(f'"{c}=" + {n}' for c, n in read) if read else '"row"'
        out.append(self._log("debug", f'"{self.req.class_name}: " + {detail}', I4))
        if self.mode == "rows":
            out.append(self._actions(read, I4))
        out.append(f"{I3}}}\n")
        if self.mode == "always":
            out.append(self._actions([], I3))
        return "".join(out)

    def _actions(self, read: list[tuple[str, str]], indent: str) -> str:
        out = []
        for action in self.plan.actions:
            if action.kind == "error":
                out.append(self._raise(read, indent))
            elif action.kind == "todo":
                out.append(self._todo(read, indent))
            elif action.kind == "char":
                out.append(self._char(read, indent))
            elif action.kind == "row":
                out.append(self._update(indent))
            elif action.kind == "alert":
                out.append(self._collection_item(indent))
        for o in self.outputs:
            if o.acting:
                out.append(f"{indent}{o.field} = {o.acting};\n")
            elif o.from_read is not None:
                var = next((n for c, n in read if c == o.from_read.column), None)
                if var is None:
                    continue
                if o.from_read.id_class:
                    id_type = self.imports.use(o.from_read.id_class)
                    out.append(f"{indent}{o.field} = new {id_type}({var}).getEntity();\n")
                else:
                    out.append(f"{indent}{o.field} = {var};\n")
        return "".join(out)

    def _plan_status_change(self) -> StatusChange | None:
        """The status column, value and table a "cancel/complete/go active" phrase changes, on a table
        the read already selects (the rows to change are the rows read)."""
        main = self.main
        if main is None or not main.tables:
            return None
        tables = [self.index.tables[t] for t, _ in main.tables if t in self.index.tables]
        change = status_change_target(self.req.objective, tables, self.jar)
        if change is None or len(self.index.tables[change.table].primary_key) != 1:
            return None
        if change.lookup and "lookup" not in self.idioms.binds:
            return None
        return change

    def _update(self, indent: str) -> str:
        """One set-based UPDATE of the rows the read selects (its FROM, joins and filters)."""
        main, change = self.main, self.row_update
        if main is None or change is None:
            return ""
        alias = dict(main.tables)[change.table]
        pk = self.index.tables[change.table].primary_key[0]
        (first, first_alias), *_ = main.tables
        where = " AND ".join(f.sql for f in main.filters if f.sql)
        rows = " ".join([f"SELECT {alias}.{pk} FROM {first} {first_alias}", *main.joins] + ([f"WHERE {where}"] if where else []))
        value = ":newStatus" if change.lookup else f"'{change.value}'"
        sql = f"UPDATE {change.table} SET {change.column} = {value} WHERE {pk} IN ({rows})"
        stmt = self.imports.use(self.idioms.statement_type or "")
        var = "updateStatement"
        inner = indent + I1
        out = [f'{indent}{stmt} {var} = createPreparedStatement("{sql}", "{self.req.class_name.removesuffix("_Impl")}: change status");\n',
               f"{indent}try {{\n"]  # fmt: skip
        binds = [f for f in main.filters if f.bind]
        if change.lookup:
            fqn, constant = change.lookup.split(".constants.")
            binds.append(Filter("", "newStatus", "lookup", f"{self.imports.use(fqn)}.constants.{constant}", change.column))
        out += [self._bind(var, flt, inner) for flt in binds]
        out.append(f"{inner}{var}.executeUpdate();\n")
        out.append(f"{indent}}} finally {{\n{inner}{var}.close();\n{indent}}}\n")
        return "".join(out)

    def _key_text(self) -> str:
        """The input's id as text, through whatever the jar's id type offers (never assumed)."""
        key = self.key
        if key is None:
            return '""'
        if key.kind != "id":
            return key.java_value
        holder = next((f for f in self.fields if f.name == key.holder), None)
        get_id = self.jar.method(holder.type_fqn, "getId", 0) if holder else None
        id_type = erase(get_id.return_type) if get_id else ""
        for name in ("getIdValue", "getTrimmedValue", "getValue"):
            if id_type and self.jar.method(id_type, name, 0) is not None:
                return f"{key.java_value}.{name}()"
        return f"String.valueOf({key.java_value})"

    def _summary(self) -> str:
        text = re.sub(r"\s+", " ", self.req.objective).strip().replace("\\", "").replace('"', "'")
        return text[:200]

    def _soft(self, entity_name: str) -> SoftParameter | None:
        return next((p for p in self.soft if p.entity_name == entity_name), None) or next(
            (p for p in self.soft if p.name.startswith(entity_name[:1].lower() + entity_name[1:])), None)

    def _todo(self, read: list[tuple[str, str]], indent: str) -> str:
        param = self._soft("toDoType")
        code = self.house.soft_code(param) if param else '""'
        comment = f'"{self._summary()}"' + "".join(f' + " {c}=" + {n}' for c, n in read[-2:])
        if self._todo_api() == "ToDoEntry_DTO":
            dto = self.imports.use(self.jar.find_class("ToDoEntry_DTO") or "ToDoEntry_DTO")
            entity = self.imports.use(self.jar.find_class("ToDoEntry") or "ToDoEntry")
            type_id = self.imports.use(self.jar.find_class("ToDoType_Id") or "ToDoType_Id")
            return (f"{indent}{dto} toDo = createDTO({entity}.class);\n"
                    f"{indent}toDo.setToDoTypeId(new {type_id}({code}));\n"
                    f"{indent}toDo.setComments({comment});\n"
                    f"{indent}toDo.newEntity();\n")  # fmt: skip
        bs = self.imports.use(self.jar.find_class("BusinessServiceInstance") or "BusinessServiceInstance")
        dispatcher = self.imports.use(self.jar.find_class("BusinessServiceDispatcher") or "BusinessServiceDispatcher")
        lines = [f'{indent}{bs} toDo = {bs}.create("F1-AddToDoEntry");\n', f'{indent}toDo.set("toDoType", {code});\n']
        if self.key is not None:
            lines.append(f'{indent}toDo.set("drillKey1", {self._key_text()});\n')
        lines.append(f'{indent}toDo.set("comments", {comment});\n')
        lines.append(f"{indent}{dispatcher}.execute(toDo);\n")
        return "".join(lines)

    def _char(self, read: list[tuple[str, str]], indent: str) -> str:
        table = self._char_table()
        key = self.key
        if table is None or key is None:
            return ""
        param = self._soft("characteristicType")
        predefined = _PREDEFINED.search(self.req.objective)
        column = self._char_value_column(read)
        value = f"String.valueOf({column})" if column else '"Y"'
        values = {key.column: ":charOwner", "CHAR_TYPE_CD": ":charType", "ADHOC_CHAR_VAL": ":charValue", "VERSION": "1"}
        if predefined and table.column("CHAR_VAL") is not None:  # "predefined value Y": the list value
            values |= {"CHAR_VAL": f"'{predefined.group(1)}'", "ADHOC_CHAR_VAL": "' '"}
        values |= {c: f"COALESCE(MAX({c}), 0) + 1" for c in ("SEQ_NUM", "SEQNO")}
        if self.idioms.process_date:
            values["EFFDT"] = ":effectiveDate"
        char_val = table.column("CHAR_VAL")
        if char_val is not None and not char_val.nullable and not predefined:  # blank for an ad hoc value
            values["CHAR_VAL"] = "' '"
        columns = [c.name for c in table.columns if c.name in values]
        sql = (f"INSERT INTO {table.name} ({', '.join(columns)}) SELECT {', '.join(values[c] for c in columns)} "
               f"FROM {table.name} WHERE {key.column} = :charOwner")  # fmt: skip
        stmt = self.imports.use(self.idioms.statement_type or "")
        var = "charStatement"
        out = [f'{indent}{stmt} {var} = createPreparedStatement("{sql}", "{self.req.class_name.removesuffix("_Impl")}: add characteristic");\n',
               f"{indent}try {{\n"]  # fmt: skip
        inner = indent + I1
        key_kind = key.kind if key.kind in self.idioms.binds else "string"
        key_value = key.java_value if key_kind == key.kind else self._key_text()
        code = self.house.soft_code(param) if param else '""'
        binds = [Filter("", "charOwner", key_kind, key_value, key.column),
                 Filter("", "charType", "string", code, "CHAR_TYPE_CD")]  # fmt: skip
        if "EFFDT" in columns and self.idioms.process_date:
            binds.append(Filter("", "effectiveDate", "date", self.idioms.process_date, "EFFDT"))
        if "ADHOC_CHAR_VAL" in columns and values["ADHOC_CHAR_VAL"] == ":charValue":
            binds.append(Filter("", "charValue", "string", value, "ADHOC_CHAR_VAL"))
        out += [self._bind(var, flt, inner) for flt in binds]
        out.append(f"{inner}{var}.executeUpdate();\n")
        out.append(f"{indent}}} finally {{\n{inner}{var}.close();\n{indent}}}\n")
        return "".join(out)

    def _char_value_column(self, read: list[tuple[str, str]]) -> str:
        """The variable holding the value the characteristic records (see ``_select_char_value``)."""
        wanted = self.char_value
        if wanted:
            return next((var for column, var in read if column == wanted[1]), "")
        return read[-1][1] if read else ""

    def _select_char_value(self) -> None:
        """The value the objective puts on the characteristic ("the customer's external account number"
        -> ACCT_NBR): the column of the read's tables whose words the objective uses most (codes, keys
        and the characteristic's own columns last), selected by the read so the row carries it."""
        main = self.main
        if main is None or main.group_by or "char" not in self.actions:
            return
        terms = term_set(self.req.objective)
        key_columns = {self.key.column} if self.key else set()
        best: tuple[tuple[int, int, int], tuple[str, str]] | None = None
        for order, (name, alias) in enumerate(main.tables):
            table = self.index.tables.get(name)
            if table is None or "CHAR" in name.split("_"):
                continue
            for column in table.columns:
                units = [u for u in name_units(column.name) if not (u & {"id", "cd", "code", "flg", "flag", "sw"})]
                matched = sum(1 for u in units if u & terms)
                if not units or matched < len(units) or column.name == "VERSION":
                    continue
                plain = not column.name.endswith(("_ID", "_CD", "_FLG", "_SW")) and column.name not in key_columns
                score = (plain, matched, -order)
                if best is None or score > best[0]:
                    best = (score, (alias, column.name))
        if best is None or not best[0][0]:
            return
        alias, column = best[1]
        self.char_value = (alias, column)
        if not any(c.alias == alias and c.column == column for c in main.columns):
            table = self.index.tables[dict((a, t) for t, a in main.tables)[alias]]
            main.columns.append(Selected(alias, table.name, column, column_kind(table.column(column)), var_name(column)))

    def _raise(self, read: list[tuple[str, str]], indent: str) -> str:
        msg = self.idioms.message
        if msg is None:
            return ""
        param = next((p for p in self.soft if self.main and p.name == self.main.violation_param), None)
        limit = self.house.soft_value(param) if param else self._key_text()
        log = self._log("info", f'"{self.req.class_name}: condition met for " + {self._key_text()}', indent)
        owner = self.imports.use(msg.owner)
        return f"{log}{indent}addError({owner}.{msg.method}({', '.join(_message_args(msg, read, limit))}));\n"

    def _soft_validation(self) -> str:
        """Override the framework's soft-parameter validation hook when it exists and a message can be raised."""
        base = self.idioms.base
        hook = self.jar.method(base, "extraSoftParameterValidations", 1) if base else None
        required = [p for p in self.soft if p.required]
        msg = self.idioms.missing_message
        if not (
            hook and required and msg and "final" not in hook.modifiers and "private" not in hook.modifiers
        ):
            return ""
        if simple_name(hook.parameter_types[0]) != "boolean" or hook.return_type != "void":
            return ""
        vis = "public" if "public" in hook.modifiers else "protected"
        override = f"{I1}@Override\n" if self.idioms.override else ""
        owner = self.imports.use(msg.owner)
        checks = []
        for p in required:
            args = ", ".join([f'"{p.name}"'] * msg.arity)
            checks.append(
                f"{I2}if ({self._is_null(self.house.soft_value(p))}) {{\n{I3}addError({owner}.{msg.method}({args}));\n{I2}}}\n"
            )
        return f"{override}{I1}{vis} void extraSoftParameterValidations(boolean forAlgorithmValidation) {{\n{''.join(checks)}{I1}}}\n"


_ALERT = re.compile(r"\b(?:alert|warn|notif(?:y|ication))\w*", re.I)
_PREDEFINED = re.compile(r"\bpredefined value\s*(?:of\s*|=\s*)?'?([A-Z0-9][A-Z0-9_-]{0,15})'?(?![a-z])")
_OPEN_GATE = re.compile(r"eligib|allow|proceed|continue|valid|ok$|usedefault")
_SKIP_OUT = re.compile(r"skip|suppress|stop|hold|exclude|block")
_CONTINUE = re.compile(r"CONT|CARRY|PROCEED|DEFAULT|NONE|ALLOW|OK")
_CONDITIONAL = re.compile(r"\b(?:if|unless|above|over|exceed\w*|more than|less than|below|under|older|has|have|"
                          r"without|no|missing|greater|negative|zero)\b", re.I)  # fmt: skip


def _flip(value: str) -> str:
    for a, b in (("TRUE", "FALSE"), ("true", "false")):
        if value.endswith(a):
            return value[: -len(a)] + b
        if value.endswith(b):
            return value[: -len(b)] + a
    return value


def _looks_conditional(objective: str) -> bool:
    return bool(_CONDITIONAL.search(objective))


def _message_args(msg: MessageFactory, read: list[tuple[str, str]], limit: str) -> list[str]:
    """Arguments for a message factory: a field/label parameter gets the column name, values the row values
    (the finding's value last), then the configured limit."""
    values = [f"String.valueOf({n})" for _, n in read]
    finding_column = read[-1][0] if read else ""
    args = []
    for name in msg.parameter_names:
        lower = name.lower()
        if finding_column and any(w in lower for w in ("field", "label", "name", "column")):
            args.append(f'"{finding_column}"')
        elif values:
            args.append(values.pop(-1) if "value" in lower and len(values) > 0 else values.pop(0))
        else:
            args.append(f"String.valueOf({limit})")
    return args


def _soft_entry(p: SoftParameter) -> str:
    parts = []
    if p.entity_name:
        parts.append(f"entityName = {p.entity_name}")
    if p.lookup_name:
        parts.append(f"lookupName = {p.lookup_name}")
    parts.append(f"name = {p.name}")
    if p.required:
        parts.append("required = true")
    parts.append(f"type = {p.type}")
    return f"@AlgorithmSoftParameter ({', '.join(parts)})"


def _field_name(suffix: str, taken: set[str]) -> str:
    name = suffix[:1].lower() + suffix[1:]
    if name.isupper():
        name = name.lower()
    if name in _KEYWORDS:
        name += "Value"
    base, n = name, 2
    while name in taken:
        name = f"{base}{n}"
        n += 1
    return name
