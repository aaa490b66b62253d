"""ORMB pattern adherence of a class, check by check, computed on the tree-sitter syntax tree.

Each check answers True / False / None (not applicable, e.g. no SQL in the class); the score is
passed / applicable so a class without SQL is not rewarded or punished for SQL rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from tree_sitter import Node

from ormb_assist.generation import java_ast
from ormb_assist.generation.algorithm_plan import wanted_actions
from ormb_assist.generation.idioms import logger_factory
from ormb_assist.generation.jarview import JarView
from ormb_assist.generation.java_ast import text
from ormb_assist.generation.naming import house_package_roots
from ormb_assist.indexer.models import SpotInfo

CHECKS = (
    "implements_spot",
    "all_methods_implemented",
    "cm_naming",
    "soft_parameters_declared",
    "sql_prepared_statement",
    "sql_binds_no_concat",
    "statements_closed",
    "framework_logger",
)
# Function, not form: does the class do what the objective asks, with the data it reads?
FUNCTION_CHECKS = ("acts_on_objective", "outputs_computed", "reads_used", "queries_bound")
_ACTION_EVIDENCE = {
    "error": re.compile(r"\baddError\s*\(|\bthrow\s+new\s+\w*(?:Application|Error)\w*\s*\("),
    "todo": re.compile(r"F1-AddToDoEntry|\bToDoEntry_DTO\b|\b(?!get)\w*to_?do\w*\s*\(", re.I),
    "char": re.compile(r"INSERT\s+INTO\s+\w*CHAR|\w*Characteristic_DTO\b|getCharacteristics\(\)\s*\.\s*add\s*\(|"
                       r"\.newChildDTO\s*\(", re.I),  # fmt: skip
    "row": re.compile(r"\b(?:INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM)\b|\.setDTO\s*\(|\.newEntity\s*\(", re.I),
}
_SQL = re.compile(
    r"^\s*(SELECT\s.+\sFROM\s|UPDATE\s+\w+\s+SET\s|INSERT\s+INTO\s|DELETE\s+FROM\s|MERGE\s+INTO\s|WITH\s+\w+\s+AS\s*\()",
    re.I | re.S,
)
_SOFT_BLOCK = re.compile(r"@(AlgorithmComponent|BatchJob)\s*\((.*)", re.S)
_SOFT_NAME = re.compile(r"@\w*SoftParameter\s*\(([^)]*)\)", re.S)
_JDBC = re.compile(r"\b(java\.sql\.|prepareStatement\s*\(|createStatement\s*\(|getConnection\s*\()")


@dataclass
class PatternReport:
    checks: dict[str, bool | None] = field(default_factory=dict)
    score: float = 0.0
    details: dict[str, str] = field(default_factory=dict)

    @property
    def failed(self) -> list[str]:
        return [k for k, v in self.checks.items() if v is False]


def check_patterns(code: str, spot: SpotInfo | None, index: Any = None, objective: str = "") -> PatternReport:
    tree = java_ast.parse(code)
    views = [v for v in java_ast.classes(tree) if v.outer is None and v.node.type == "class_declaration"]
    report = PatternReport()
    if not views:
        report.checks = dict.fromkeys(CHECKS + FUNCTION_CHECKS, False)
        report.details = {"parse": "no class declaration found"}
        return report
    main = views[0]
    ctx = _Context(code, tree.root_node, main, spot, index)
    ctx.objective = objective
    for name in CHECKS + FUNCTION_CHECKS:
        result, detail = getattr(ctx, name)()
        report.checks[name] = result
        if detail:
            report.details[name] = detail
    applicable = [v for v in report.checks.values() if v is not None]
    report.score = round(sum(1 for v in applicable if v) / len(applicable), 4) if applicable else 0.0
    return report


class _Context:
    def __init__(
        self, code: str, root: Node, main: java_ast.ClassView, spot: SpotInfo | None, index: Any
    ) -> None:
        self.code, self.root, self.main, self.spot, self.index = code, root, main, spot, index
        self.sql_literals = _sql_units(root)
        self.objective = ""

    # ---- structure -----------------------------------------------------------------------------
    def implements_spot(self) -> tuple[bool | None, str]:
        if self.spot is None:
            return None, "no spot resolved"
        ok = self.spot.name in self.main.interfaces or self.spot.fqn in self.main.interfaces
        return ok, "" if ok else f"{self.main.name} does not implement {self.spot.name}"

    def all_methods_implemented(self) -> tuple[bool | None, str]:
        if self.spot is None or not self.spot.methods:
            return None, "no spot methods known"
        declared = {(n, a) for n, arities in self.main.declared_methods.items() for a in arities}
        missing = sorted({m.key for m in self.spot.methods if not m.is_default and "static" not in m.modifiers
                          and (m.name, len(m.parameters)) not in declared})  # fmt: skip
        return not missing, f"missing: {', '.join(missing)}" if missing else ""

    def cm_naming(self) -> tuple[bool | None, str]:
        package = re.search(r"^\s*package\s+([\w.]+)\s*;", self.code, re.M)
        pkg = package.group(1) if package else ""
        problems = []
        if not self.main.name.startswith("Cm"):
            problems.append("class name should start with Cm")
        if not self.main.name.endswith("_Impl"):
            problems.append("class name should end with _Impl")
        roots = sorted(house_package_roots(self.index)) if self.index is not None else []
        roots = roots or ["com.splwg.cm"]  # the OUAF convention when the workspace shows none
        if not any(pkg == r or pkg.startswith(r + ".") for r in roots):
            problems.append(f"package '{pkg}' is not under {' or '.join(roots)}")
        return not problems, "; ".join(problems)

    def soft_parameters_declared(self) -> tuple[bool | None, str]:
        javadoc = _class_javadoc(self.main.node)
        block = _SOFT_BLOCK.search(javadoc)
        declared = {_getter(n) for n in _soft_names(block.group(2))} if block else set()
        framework = self._framework_methods()
        spot_methods = {m.name for m in self.spot.methods} if self.spot else set()
        used = sorted(
            c for c in self._zero_arg_calls()
            if re.match(r"get[A-Z]", c) and c not in self.main.declared_methods and c not in framework and c not in spot_methods
        )  # fmt: skip
        undeclared = [u for u in used if u not in declared]
        if not used:
            return (True, "") if block else (None, "no soft parameters used")
        if not block:
            return False, f"getters {', '.join(used)} used but no @AlgorithmComponent block"
        return not undeclared, f"not declared: {', '.join(undeclared)}" if undeclared else ""

    # ---- SQL -----------------------------------------------------------------------------------
    def sql_prepared_statement(self) -> tuple[bool | None, str]:
        if _JDBC.search(self.code):
            return False, "uses JDBC directly instead of createPreparedStatement"
        if not self.sql_literals:
            return None, "no SQL"
        passed = {self._sql_destination(n) for n in self.sql_literals}
        bad = sorted(d for d in passed if d != "createPreparedStatement")
        return not bad, f"SQL passed to {', '.join(bad)}" if bad else ""

    def sql_binds_no_concat(self) -> tuple[bool | None, str]:
        if not self.sql_literals:
            return None, "no SQL"
        spliced: list[str] = []
        for top in self.sql_literals:
            for n in java_ast.walk(top):
                if n.type == "binary_expression" and text(n.child_by_field_name("operator")) == "+":
                    for side in (n.child_by_field_name("left"), n.child_by_field_name("right")):
                        if side is not None and not _is_constant_text(side):
                            spliced.append(text(side))
        return (
            not spliced,
            f"values concatenated into SQL: {', '.join(sorted(set(spliced)))}" if spliced else "",
        )

    def statements_closed(self) -> tuple[bool | None, str]:
        created = [n for n in java_ast.walk(self.root) if n.type == "method_invocation"
                   and text(n.child_by_field_name("name")) == "createPreparedStatement"]  # fmt: skip
        if not created:
            return None, "no prepared statements"
        unclosed = []
        for call in created:
            var = _assigned_name(call)
            if var is None:
                unclosed.append(f"line {call.start_point[0] + 1} (result not kept in a variable)")
            elif not (_in_resource(call) or _closed_in_finally(self.root, var, call)):
                unclosed.append(var)
        return not unclosed, f"not closed in finally: {', '.join(unclosed)}" if unclosed else ""

    # ---- logging -------------------------------------------------------------------------------
    def framework_logger(self) -> tuple[bool | None, str]:
        if re.search(r"\bSystem\s*\.\s*(out|err)\b|\.printStackTrace\s*\(", self.code):
            return False, "writes to System.out/err or printStackTrace instead of the framework logger"
        if "java.util.logging" in self.code:
            return False, "uses java.util.logging instead of the framework logger"
        m = re.search(r"\b(\w+)\s*\.\s*getLogger\s*\(", self.code)
        if not m and self._framework_has_no_logger():
            return None, "the framework jar has no logger factory"
        if not m:
            return False, "no framework logger (LoggerFactory.getLogger)"
        if self.index is not None and getattr(self.index, "jar_classes", None):
            imported = re.search(rf"^\s*import\s+([\w.]+\.{m.group(1)})\s*;", self.code, re.M)
            if imported and imported.group(1) not in self.index.jar_classes:
                return False, f"{imported.group(1)} is not the framework's logger factory"
        return True, ""

    # ---- function ------------------------------------------------------------------------------
    def acts_on_objective(self) -> tuple[bool | None, str]:
        """Each action the objective asks for has a matching write or call in the class."""
        wanted = wanted_actions(self.objective) if self.objective else []
        if not wanted:
            return None, "no action named in the objective" if self.objective else "no objective given"
        missing = []
        for action in wanted:
            evidence = _ACTION_EVIDENCE.get(action)
            found = bool(evidence.search(self.code)) if evidence else bool(self._assigned_outputs())
            if not found:
                missing.append(action)
        return not missing, f"no code for: {', '.join(missing)}" if missing else ""

    def outputs_computed(self) -> tuple[bool | None, str]:
        """Spot outputs the objective asks to set are assigned in the logic, not left at a literal."""
        outputs = self._output_fields()
        if not outputs or not (set(wanted_actions(self.objective)) & {"skip", "output"}):
            return None, "the objective sets no spot output"
        assigned = self._assigned_outputs()
        return bool(assigned), "" if assigned else f"outputs only return their defaults: {', '.join(sorted(outputs))}"

    def reads_used(self) -> tuple[bool | None, str]:
        """What the class reads decides something (a condition) or becomes an output."""
        reads = set(re.findall(r"\b(\w+)\s*=\s*(?:\w+\s*\.\s*(?:firstRow|list|iterate)\s*\(|row\s*\.\s*get\w+\s*\()",
                               self.code))  # fmt: skip
        reads |= set(re.findall(r"for\s*\(\s*[\w<>.]+\s+(\w+)\s*:\s*\w+\s*\.\s*(?:list|iterate)\s*\(", self.code))
        inline = re.search(r"\.\s*(?:firstRow|list|iterate)\s*\(", self.code)
        if not reads and not inline:
            return None, "reads nothing"
        conditions = " ".join(re.findall(r"\b(?:if|while)\s*\((.*?)\)\s*(?:\{|return|\w)", self.code))
        conditions += " " + " ".join(re.findall(r"\?\s*[^:;]+:", self.code))
        outputs = self._output_fields()
        used = {r for r in reads if re.search(rf"\b{r}\b", conditions)}
        if re.search(r"\.\s*(?:firstRow|list|iterate)\s*\(", conditions):
            used.add("inline read")
        used |= {r for r in reads for o in outputs if re.search(rf"\b{o}\s*=\s*[^;]*\b{r}\b", self.code)}
        return bool(used), "" if used else f"read but never tested: {', '.join(sorted(reads)) or 'query result'}"

    def queries_bound(self) -> tuple[bool | None, str]:
        """Every query is bound to a value (no scan over every account)."""
        selects = [" ".join(_literal(n) for n in java_ast.walk(u) if n.type == "string_literal") for u in self.sql_literals]
        selects = [q for q in selects if re.match(r"\s*(SELECT|WITH)\b", q, re.I)]
        if not selects:
            return None, "no query"
        unbound = [q[:60] for q in selects if not re.search(r"\bWHERE\b[\s\S]*:\w+", q, re.I)]
        return not unbound, f"no bound WHERE: {'; '.join(unbound)}" if unbound else ""

    def _output_fields(self) -> set[str]:
        """Fields returned by the spot's getters (its outputs)."""
        if self.spot is None:
            return set()
        getters = {m.name for m in self.spot.methods if not m.parameters and m.return_type not in ("", "void")}
        out = set()
        for name in getters:
            m = re.search(rf"\b{name}\s*\(\s*\)\s*\{{\s*return\s+(?:this\.)?(\w+)\s*;", self.code)
            if m:
                out.add(m.group(1))
        return out

    def _assigned_outputs(self) -> set[str]:
        """Output fields assigned inside a method (not only at their declaration)."""
        return {f for f in self._output_fields()
                if re.search(rf"^\s*(?:this\.)?{f}\s*=[^=]", self.code, re.M)}  # fmt: skip

    # ---- helpers -------------------------------------------------------------------------------
    def _framework_has_no_logger(self) -> bool:
        """True when the indexed framework jars offer no logger factory (nothing to follow)."""
        jar_classes = getattr(self.index, "jar_classes", None) if self.index is not None else None
        if not jar_classes:
            return False  # no jar known: the OUAF convention applies
        return logger_factory(JarView.of(jar_classes)) is None

    def _zero_arg_calls(self) -> set[str]:
        out = set()
        for n in java_ast.walk(self.main.node):
            if n.type == "method_invocation" and n.child_by_field_name("object") is None:
                args = n.child_by_field_name("arguments")
                if args is not None and not args.named_children:
                    out.add(text(n.child_by_field_name("name")))
        return out

    def _framework_methods(self) -> set[str]:
        if self.index is None or not getattr(self.index, "jar_classes", None):
            return {"getProcessDateTime", "getSystemDateTime", "getAlgorithm"}
        jar = JarView.of(self.index.jar_classes)
        names: set[str] = set()
        sup = self.main.superclass
        fqn = self.index.resolve_type(sup) if sup and hasattr(self.index, "resolve_type") else None
        if fqn and jar.get(fqn):
            return set(jar.method_names_cached(fqn))
        from ormb_assist.generation.gen_stub import find_framework_base

        base = find_framework_base(jar, "algorithm", self.main.unqualified_calls)
        if base:
            names |= jar.method_names_cached(base)
        return names

    def _sql_destination(self, node: Node) -> str:
        """Name of the method the SQL text ends up in (following one local/constant variable)."""
        parent = node.parent
        if parent is not None and parent.type == "argument_list":
            return text(parent.parent.child_by_field_name("name")) if parent.parent is not None else "?"
        if parent is not None and parent.type == "variable_declarator":
            var = text(parent.child_by_field_name("name"))
            for n in java_ast.walk(self.root):
                if (
                    n.type == "identifier"
                    and text(n) == var
                    and n.parent is not None
                    and n.parent.type == "argument_list"
                ):
                    call = n.parent.parent
                    return text(call.child_by_field_name("name")) if call is not None else "?"
            return "unused variable"
        return parent.type if parent is not None else "?"


def _literal(node: Node) -> str:
    raw = text(node)
    return raw[3:-3] if raw.startswith('"""') else raw.strip('"')


def _top_expression(node: Node) -> Node:
    while node.parent is not None and node.parent.type in ("binary_expression", "parenthesized_expression"):
        node = node.parent
    return node


def _sql_units(root: Node) -> list[Node]:
    """String expressions holding SQL: one per concatenation (literal parts joined), by their top node."""
    units: dict[int, Node] = {}
    for lit in java_ast.walk(root):
        if lit.type != "string_literal":
            continue
        top = _top_expression(lit)
        if top.id in units:
            continue
        joined = " ".join(_literal(n) for n in java_ast.walk(top) if n.type == "string_literal")
        if _SQL.match(joined):
            units[top.id] = top
    return list(units.values())


def _is_constant_text(node: Node) -> bool:
    if node.type in ("string_literal", "binary_expression", "parenthesized_expression"):
        return True
    return node.type == "identifier" and bool(re.fullmatch(r"[A-Z][A-Z0-9_]*", text(node)))


def _class_javadoc(class_node: Node) -> str:
    prev = class_node.prev_named_sibling
    while prev is not None and prev.type in ("line_comment",):
        prev = prev.prev_named_sibling
    if prev is not None and prev.type == "block_comment" and text(prev).startswith("/**"):
        return text(prev)
    mods = class_node.child(0)
    if mods is not None and mods.type == "modifiers":
        for c in mods.children:
            if c.type == "block_comment":
                return text(c)
    return ""


def _soft_names(block: str) -> list[str]:
    names = []
    for m in _SOFT_NAME.finditer(block):
        n = re.search(r"\bname\s*=\s*\"?(\w+)", m.group(1))
        if n:
            names.append(n.group(1))
    return names


def _getter(name: str) -> str:
    return "get" + name[:1].upper() + name[1:]


def _assigned_name(call: Node) -> str | None:
    parent = call.parent
    while parent is not None and parent.type in ("parenthesized_expression", "cast_expression"):
        parent = parent.parent
    if parent is None:
        return None
    if parent.type == "variable_declarator":
        return text(parent.child_by_field_name("name"))
    if parent.type == "assignment_expression":
        return text(parent.child_by_field_name("left"))
    if parent.type == "resource":
        return text(parent.child_by_field_name("name"))
    return None


def _in_resource(call: Node) -> bool:
    node = call.parent
    while node is not None and node.type not in ("method_declaration", "class_body"):
        if node.type == "resource":
            return True
        node = node.parent
    return False


def _closed_in_finally(root: Node, var: str, call: Node) -> bool:
    """``var.close()`` inside a finally clause of a try statement in the same method."""
    method = call.parent
    while method is not None and method.type not in (
        "method_declaration",
        "constructor_declaration",
        "lambda_expression",
    ):
        method = method.parent
    scope = method or root
    for n in java_ast.walk(scope):
        if n.type != "finally_clause":
            continue
        for inv in java_ast.walk(n):
            if (inv.type == "method_invocation" and text(inv.child_by_field_name("name")) == "close"
                    and text(inv.child_by_field_name("object")) == var):  # fmt: skip
                return True
    return False
