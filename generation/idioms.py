"""How code in *this* workspace is written, learned from the jar and the nearest example.

The embedded writer asks here for everything it must not invent: the framework base class and its
helpers, the SQL statement/row API and its bind methods, the logger factory, the message factory
used to raise errors, and the example's small habits (logger field name, statement variable,
``@Override``).  Each answer is looked up in the indexed jar or workspace sources; when something
is missing the writer leaves that feature out rather than guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ormb_assist.generation.gen_stub import date_type, find_framework_base
from ormb_assist.generation.jarview import JarView
from ormb_assist.generation.java_types import erase, simple_name
from ormb_assist.indexer.models import Resolution
from ormb_assist.indexer.vocabulary import term_set

_HELPERS = {"createPreparedStatement", "addError", "notNull", "isNull", "getProcessDateTime"}
_BIND_TYPES = {  # value kind -> simple names of the Java type a bind method takes
    "id": ("Id", "EntityId", "IdType"),
    "entity": ("BusinessEntity", "Entity"),
    "string": ("String",),
    "decimal": ("BigDecimal",),
    "integer": ("BigInteger",),
    "date": ("Date",),
    "datetime": ("DateTime",),
    "lookup": ("Lookup",),
}
_MISSING = "required mandatory missing field parameter not populated"
_VIOLATION = "invalid exceeded exceeds limit threshold not allowed error validation failed too high low"
_BLOCKING = term_set(
    "block stop prevent reject error fail invalid deny forbid abort refuse disallow must validate"
) | {"~valid"}
_ROW_TYPES = {"string": "String", "decimal": "BigDecimal", "integer": "BigInteger", "date": "Date",
              "datetime": "DateTime"}  # fmt: skip


@dataclass
class MessageFactory:
    owner: str  # fqn
    method: str
    arity: int
    parameter_names: tuple[str, ...] = ()


@dataclass
class Idioms:
    base: str | None = None  # framework base class fqn for an algorithm
    logger_factory: str | None = None
    logger_type: str | None = None
    logger_name: str = "logger"
    logger_getter: str = "getLogger"
    log_method: str = "info"
    debug_method: str = ""
    statement_var: str = "statement"
    statement_type: str | None = None  # createPreparedStatement's return type
    row_type: str | None = None
    list_method: str = ""  # "list" | "firstRow" | "" (no way to read rows)
    list_return: str = ""  # list()'s declared type, e.g. java.util.List<...SQLResultRow>
    binds: dict[str, tuple[str, int]] = field(default_factory=dict)  # kind -> (method, arity)
    row_getters: dict[str, tuple[str, str]] = field(default_factory=dict)  # kind -> (method, java type fqn)
    helpers: set[str] = field(default_factory=set)  # framework helpers available on the base
    message_type: str | None = None  # addError's parameter type
    message: MessageFactory | None = None  # raises a finding
    missing_message: MessageFactory | None = None  # reports a missing required value
    raises_errors: bool = False  # the objective asks to block / reject, not only to record
    override: bool = True
    process_date: str | None = None  # Java expression of the process date
    date_shift: dict[str, str] = field(default_factory=dict)  # "Days"/"Months"/"Years" -> Date method (addDays)
    bool_false: str | None = None  # e.g. "Bool.FALSE" when the jar's Bool has that constant
    bool_type: str | None = None
    example_path: str = ""

    @property
    def has_sql(self) -> bool:
        return bool(
            self.statement_type
            and self.row_type
            and self.list_method
            and "createPreparedStatement" in self.helpers
        )


def learn(index: Any, resolution: Resolution, spot_name: str, objective: str, base_hint: str = "") -> Idioms:
    jar = JarView.of(index.jar_classes)
    idioms = Idioms()
    idioms.base = (
        base_hint
        if base_hint and jar.get(base_hint)
        else find_framework_base(jar, "algorithm", set(_HELPERS))
    )
    if idioms.base:
        _framework(idioms, jar, idioms.base)
    _logger(idioms, jar)
    _bool(idioms, jar)
    example_text, example_file = _nearest_example(index, resolution, spot_name)
    if example_text:
        _example_habits(idioms, example_text)
        idioms.example_path = example_file
    idioms.raises_errors = bool(term_set(objective) & _BLOCKING)
    if idioms.message_type and "addError" in idioms.helpers:
        idioms.message = _message_factory(
            index, jar, idioms.message_type, objective, example_text, example_file
        )
        missing = _message_factory(
            index, jar, idioms.message_type, _MISSING, example_text, example_file, _MISSING
        )
        if missing and term_set(missing.method) & term_set(_MISSING):
            idioms.missing_message = missing
    return idioms


def _framework(idioms: Idioms, jar: JarView, base: str) -> None:
    idioms.helpers = {n for n in (*_HELPERS, "isBlankOrNull")
                      if jar.method(base, n) is not None}  # fmt: skip
    add_error = jar.method(base, "addError", 1)
    if add_error:
        idioms.message_type = erase(add_error.parameter_types[0])
    date_fqn = date_type(jar)
    create = jar.method(base, "createPreparedStatement", 2)
    if create:
        stmt = erase(create.return_type)
        idioms.statement_type = stmt
        listed = jar.method(stmt, "list", 0)
        first = jar.method(stmt, "firstRow", 0)
        if listed and "<" in listed.return_type:
            idioms.list_method, idioms.list_return = "list", listed.return_type
            idioms.row_type = erase(listed.return_type.split("<", 1)[1].rsplit(">", 1)[0])
        elif first and jar.get(erase(first.return_type)) is not None:
            idioms.list_method, idioms.row_type = "firstRow", erase(first.return_type)
        id_types = _id_types(jar)
        for m in jar.methods(stmt):
            if (
                len(m.parameter_types) < 2
                or simple_name(m.parameter_types[0]) != "String"
                or m.return_type != "void"
            ):
                continue
            kind = _bind_kind(jar, erase(m.parameter_types[1]), id_types, date_fqn)
            if kind and kind not in idioms.binds:
                idioms.binds[kind] = (m.name, len(m.parameter_types))
        if idioms.row_type:
            for m in jar.methods(idioms.row_type):
                if (
                    len(m.parameter_types) != 1
                    or simple_name(m.parameter_types[0]) != "String"
                    or m.type_parameters
                ):
                    continue
                ret = simple_name(m.return_type)
                if date_fqn and erase(m.return_type) == date_fqn and "date" not in idioms.row_getters:
                    idioms.row_getters["date"] = (m.name, date_fqn)
                    continue
                for kind, type_name in _ROW_TYPES.items():
                    if ret == type_name and kind not in idioms.row_getters:
                        idioms.row_getters[kind] = (m.name, erase(m.return_type))
    pdt = jar.method(base, "getProcessDateTime", 0)
    if pdt and "date" in idioms.binds:
        get_date = jar.method(erase(pdt.return_type), "getDate", 0)
        if get_date and erase(get_date.return_type) == date_fqn:
            idioms.process_date = "getProcessDateTime().getDate()"
            for unit in ("Days", "Months", "Years"):
                if jar.method(date_fqn, "add" + unit, 1) is not None:
                    idioms.date_shift[unit] = "add" + unit


def _id_types(jar: JarView) -> set[str]:
    """Types the jar's entities return from ``getId()`` (``Bill_Id`` ...)."""
    out = set()
    for cls in jar.classes.values():
        for m in cls.methods:
            if (
                m.name == "getId"
                and not m.parameter_types
                and "." in m.return_type
                and not m.return_type.startswith("java.")
            ):
                out.add(erase(m.return_type))
    return out


def _bind_kind(jar: JarView, value_type: str, id_types: set[str], date_fqn: str | None) -> str | None:
    """What a statement bind method takes, judged by its value type as the jar defines it."""
    if date_fqn and value_type == date_fqn:
        return "date"
    if value_type in id_types or any(
        jar.is_subtype(t, value_type) for t in id_types if jar.get(t) is not None
    ):
        return "id"
    if jar.get(value_type) is not None and jar.method(value_type, "getId", 0) is not None:
        return "entity"
    simple = simple_name(value_type)
    return next((kind for kind, names in _BIND_TYPES.items() if simple in names), None)


def logger_factory(jar: JarView) -> tuple[str, str] | None:
    """(factory class, logger type) of the framework's logger: a static ``getLogger(Class)``-like
    method returning a type with ``info``/``debug`` methods (named LoggerFactory in OUAF, but found
    by shape, not by name); None when the jars have none."""
    best: tuple[tuple[int, int, str], str, str] | None = None
    for fqn in sorted(jar.classes):
        if fqn.startswith("java."):
            continue
        for m in jar.classes[fqn].methods:
            if (
                "static" not in m.modifiers
                or len(m.parameter_types) != 1
                or erase(m.parameter_types[0]) != "java.lang.Class"
            ):
                continue
            logger_type = erase(m.return_type)
            names = jar.method_names(logger_type)
            if not ({"info", "debug"} & names):
                continue
            key = (m.name != "getLogger", "Logger" not in fqn, fqn)
            if best is None or key < best[0]:
                best = (key, fqn, logger_type)
    return (best[1], best[2]) if best else None


def _logger(idioms: Idioms, jar: JarView) -> None:
    best = logger_factory(jar)
    if best is None:
        return
    idioms.logger_factory, idioms.logger_type = best
    names = jar.method_names(idioms.logger_type)
    idioms.log_method = next((n for n in ("info", "debug", "warn") if n in names), "")
    idioms.debug_method = "debug" if "debug" in names else idioms.log_method
    idioms.logger_getter = next(
        m.name for m in jar.classes[idioms.logger_factory].methods
        if "static" in m.modifiers and len(m.parameter_types) == 1 and erase(m.return_type) == idioms.logger_type
    )  # fmt: skip


def _bool(idioms: Idioms, jar: JarView) -> None:
    fqn = jar.find_class("Bool", ("datatypes",))
    if fqn:
        idioms.bool_type = fqn
        if jar.static_field(fqn, "FALSE"):
            idioms.bool_false = "Bool.FALSE"


def _nearest_example(index: Any, resolution: Resolution, spot_name: str) -> tuple[str, str]:
    ranked = sorted(resolution.examples, key=lambda e: (e.spot.rsplit(".", 1)[-1] != spot_name, -e.score))
    for example in ranked:
        rel = example.path or (index.class_paths or {}).get(example.fqn, "")
        path = Path(index.workspace) / rel if rel else None
        if path and path.is_file():
            try:
                return path.read_text(encoding="utf-8", errors="replace"), rel
            except OSError:
                continue
    return "", ""


def _example_habits(idioms: Idioms, text: str) -> None:
    m = re.search(r"\bLogger\s+(\w+)\s*=", text)
    if m:
        idioms.logger_name = m.group(1)
    m = re.search(r"\b(\w+)\s*=\s*createPreparedStatement\s*\(", text)
    if m:
        idioms.statement_var = m.group(1)
    idioms.override = "@Override" in text


def _message_factory(index: Any, jar: JarView, message_type: str, objective: str, example_text: str,
                     example_file: str, generic: str = _VIOLATION) -> MessageFactory | None:  # fmt: skip
    """A static method returning the framework's message type from String arguments.

    Preference: the repository class the nearest example raises errors with, then any workspace
    message class, then a framework one; within a class, the method whose name shares most words
    with the objective.
    """
    msg_simple = simple_name(message_type)
    owners: list[str] = []
    for m in re.finditer(r"addError\s*\(\s*(\w+)\s*\.\s*\w+\s*\(", example_text or ""):
        fqn = _resolve_in_file(index, m.group(1), example_file)
        if fqn and fqn not in owners:
            owners.append(fqn)
    workspace = sorted(
        (
            c
            for c in index.classes.values()
            if any(_is_factory(mi.modifiers, mi.return_type, msg_simple) for mi in c.methods)
        ),
        key=lambda c: ("message" not in c.name.lower(), c.fqn),
    )
    owners += [c.fqn for c in workspace if c.fqn not in owners]
    goal = term_set(objective)
    for owner in owners:
        cls = index.classes.get(owner)
        if cls is None:
            continue
        options = [(mi.name, tuple(p.name for p in mi.parameters)) for mi in cls.methods
                   if _is_factory(mi.modifiers, mi.return_type, msg_simple) and all(simple_name(p.type) == "String" for p in mi.parameters)]  # fmt: skip
        if options:
            return _pick(owner, options, goal, term_set(generic))
    framework = sorted(jar.classes, key=lambda c: ("message" not in c.lower().rsplit(".", 1)[-1], c))
    for owner in framework:
        options = [(m.name, tuple(m.parameter_names) or tuple(f"p{i}" for i in range(len(m.parameter_types))))
                   for m in jar.get(owner).methods
                   if "static" in m.modifiers and erase(m.return_type) == message_type and m.parameter_types
                   and all(simple_name(t) == "String" for t in m.parameter_types)]  # fmt: skip
        if options:
            return _pick(owner, options, goal, term_set(generic))
    return None


def _is_factory(modifiers: list[str], return_type: str, msg_simple: str) -> bool:
    return "static" in modifiers and "public" in modifiers and simple_name(return_type) == msg_simple


def _pick(owner: str, options: list[tuple[str, tuple[str, ...]]], goal: frozenset[str],
          generic: frozenset[str]) -> MessageFactory:  # fmt: skip
    """Most words shared with the objective and the message's purpose (generic wording) together,
    then with the objective alone, then 2 arguments: ``billAmountTooHigh`` (bill, amount, too high)
    beats ``billExtractFailed`` (bill, failed) for "stop the bill when its total is above a limit"."""

    def key(option: tuple[str, tuple[str, ...]]) -> tuple[int, int, int, str]:
        words = term_set(option[0])
        arity = len(option[1])
        shared = len(words & goal)
        return (-(shared + len(words & generic)), -shared, -arity if arity <= 2 else arity, option[0])

    name, params = min(options, key=key)
    return MessageFactory(owner, name, len(params), params)


def _resolve_in_file(index: Any, simple: str, rel: str) -> str | None:
    info = (index.files or {}).get(rel)
    if info:
        for imp in info.imports:
            if imp.rsplit(".", 1)[-1] == simple:
                return imp
        if info.package and f"{info.package}.{simple}" in index.classes:
            return f"{info.package}.{simple}"
    return index.resolve_type(simple) if hasattr(index, "resolve_type") else None
