"""The embedded backend's writer: one algorithm class from the resolver's output, no model.

Signatures come from the spot as indexed (jar class files, inherited methods included), columns and
joins from the DDL (see ``sqlplan``), framework calls and habits from ``idioms``.  The same request
always produces the same text, and every name in it was read from the index.
"""

from __future__ import annotations

import re
import threading
from typing import Any

from ormb_assist.generation.base import BackendError, GenerationRequest, check_cancel
from ormb_assist.generation.bindings import Binder, Field
from ormb_assist.generation.idioms import Idioms, MessageFactory, learn
from ormb_assist.generation.jarview import JarView
from ormb_assist.generation.java_types import ImportSet, default_value, erase, simple_name
from ormb_assist.generation.softparams import infer_soft_parameters
from ormb_assist.generation.sqlplan import Filter, SqlPlan, plan_select
from ormb_assist.indexer.models import MethodInfo, SoftParameter, SpotInfo

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
    check_cancel(cancel)
    writer = _Writer(index, req, jar, idioms, spot_fqn, methods)
    return writer.render(uses_gen, cancel)


class _Writer:
    def __init__(self, index: Any, req: GenerationRequest, jar: JarView, idioms: Idioms, spot_fqn: str,
                 methods: list[MethodInfo]) -> None:  # fmt: skip
        self.index, self.req, self.jar, self.idioms = index, req, jar, idioms
        self.spot_fqn, self.methods = spot_fqn, methods
        self.imports = ImportSet(req.package, own_names=(req.class_name, req.superclass.rsplit(".", 1)[-1]))
        spot_pkg_words = spot_fqn.split(".")

        def resolve(simple: str) -> str | None:
            found = index.resolve_type(simple, spot_fqn) if hasattr(index, "resolve_type") else None
            return found or jar.find_class(simple, spot_pkg_words)

        self.resolve = resolve
        self.soft = infer_soft_parameters(req.objective, jar)
        self.fields = self._fields()

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

    # ---- rendering ------------------------------------------------------------------------------
    def render(self, uses_gen: bool, cancel: threading.Event | None) -> str:
        req, idioms = self.req, self.idioms
        plans: list[SqlPlan] = []
        if idioms.has_sql:
            binder = Binder(self.index.tables, self.jar, idioms)
            plans = plan_select(req.objective, req.resolution, self.index.tables, self.soft,
                                binder.hard_keys(self.fields), binder.soft_values(self.soft),
                                idioms.process_date, self._example_tables())  # fmt: skip
        check_cancel(cancel)
        spot_simple = self.imports.use(self.spot_fqn)
        if uses_gen:
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
        members += [f"{I1}private {f.type_text} {f.name};\n" for f in self.fields]
        body = (
            [self._invoke(plans)]
            if any(m.name == "invoke" and not m.parameters for m in self.methods)
            else []
        )
        body += [self._method(m) for m in self.methods if not (m.name == "invoke" and not m.parameters)]
        validation = self._soft_validation()
        if validation:
            body.append(validation)
        javadoc = self._javadoc(plans)
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
            body = f"{I2}return {match.name if match else default_value(ret, self.idioms.bool_false)};\n"
        return f"{override}{head}{body}{I1}}}\n"

    # ---- invoke --------------------------------------------------------------------------------
    def _invoke(self, plans: list[SqlPlan]) -> str:
        override = f"{I1}@Override\n" if self.idioms.override else ""
        lines = [f"{override}{I1}public void invoke() {{\n"]
        if self.soft:
            parts = ' + ", " + '.join(f'"{p.name}=" + {p.getter}()' for p in self.soft)
            lines.append(self._log("debug", f'"{self.req.class_name} soft parameters: " + {parts}', I2))
        if not plans:
            lines.append(self._log("info", f'"{self.req.class_name} invoked"', I2))
            lines.append(f"{I1}}}\n")
            return "".join(lines)
        holders = {p.key.holder: p.key.kind for p in plans if p.key is not None and p.key.holder}
        for holder, kind in holders.items():
            blank = kind == "string" and "isBlankOrNull" in self.idioms.helpers
            test = f"isBlankOrNull({holder})" if blank else self._is_null(holder)
            lines.append(f"{I2}if ({test}) {{\n{I3}return;\n{I2}}}\n")
        for n, plan in enumerate(plans):
            var = self.idioms.statement_var + (str(n + 1) if n else "")
            lines.append(self._statement(var, plan, n))
        lines.append(f"{I1}}}\n")
        return "".join(lines)

    def _statement(self, var: str, plan: SqlPlan, n: int) -> str:
        out = []
        stmt_type = self.imports.use(self.idioms.statement_type or "")
        sql_lines = plan.sql_lines()
        literal = f'"{sql_lines[0]} "' + "".join(f'\n{I4}+ "{line} "' for line in sql_lines[1:])
        description = f"{self.req.class_name.removesuffix('_Impl')}: read {', '.join(plan.table_names)}"
        out.append(f'{I2}{stmt_type} {var} = createPreparedStatement({literal}, "{description}");\n')
        out.append(f"{I2}try {{\n")
        for flt in plan.all_binds:
            out.append(self._bind(var, flt))
        out.append(self._loop(var, plan))
        out.append(f"{I2}}} finally {{\n{I3}{var}.close();\n{I2}}}\n")
        return "".join(out)

    def _is_null(self, expr: str) -> str:
        return f"isNull({expr})" if "isNull" in self.idioms.helpers else f"{expr} == null"

    def _bind(self, var: str, flt: Filter) -> str:
        method, arity = self.idioms.binds[flt.kind]
        extra = f', "{flt.column}"' if arity == 3 and flt.column else ', ""' if arity == 3 else ""
        return f'{I3}{var}.{method}("{flt.bind}", {flt.java_value}{extra});\n'

    def _loop(self, var: str, plan: SqlPlan) -> str:
        idioms = self.idioms
        row_type = self.imports.use(idioms.row_type or "")
        single = idioms.list_method == "firstRow"
        if single:  # the framework reads one row at a time
            present = "notNull(row)" if "notNull" in idioms.helpers else "row != null"
            out = [f"{I3}{row_type} row = {var}.firstRow();\n", f"{I3}if ({present}) {{\n"]
        else:
            list_type = self.imports.type(idioms.list_return, lambda simple: None)
            out = [
                f"{I3}{list_type} rows = {var}.{idioms.list_method}();\n",
                f"{I3}for ({row_type} row : rows) {{\n",
            ]
        read: list[tuple[str, str]] = []
        taken = {f.name for f in self.fields} | {idioms.logger_name, var, "rows", "row"}
        for col in plan.columns:
            getter = idioms.row_getters.get(col.kind) or idioms.row_getters.get("string")
            if getter is None:
                continue
            name = col.var if col.var not in taken and col.var not in _KEYWORDS else col.var + "Value"
            taken.add(name)
            out.append(f'{I4}{self.imports.use(getter[1])} {name} = row.{getter[0]}("{col.column}");\n')
            read.append((col.column, name))
        detail = ' + ", " + '.join(f'"{c}=" + {n}' for c, n in read) if read else '"row"'
        if plan.violation_param:
            out.append(self._raise(read, plan.violation_param, detail))
        else:
            out.append(self._log("debug", f'"{self.req.class_name}: " + {detail}', I4))
        out.append(f"{I3}}}\n")
        if not single:
            out.append(self._log("info", f'"{self.req.class_name}: " + rows.size() + " row(s) read"', I3))
        return "".join(out)

    def _raise(self, read: list[tuple[str, str]], param: str, detail: str) -> str:
        getter = next(p.getter for p in self.soft if p.name == param)
        log = self._log("info", f'"{self.req.class_name}: {param} condition met for " + {detail}', I4)
        msg = self.idioms.message
        if msg is None or not self.idioms.raises_errors:
            return log
        owner = self.imports.use(msg.owner)
        return f"{log}{I4}addError({owner}.{msg.method}({', '.join(_message_args(msg, read, getter))}));\n"

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
                f"{I2}if ({self._is_null(p.getter + '()')}) {{\n{I3}addError({owner}.{msg.method}({args}));\n{I2}}}\n"
            )
        return f"{override}{I1}{vis} void extraSoftParameterValidations(boolean forAlgorithmValidation) {{\n{''.join(checks)}{I1}}}\n"


def _message_args(msg: MessageFactory, read: list[tuple[str, str]], getter: str) -> list[str]:
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
            args.append(f"String.valueOf({getter}())")
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
