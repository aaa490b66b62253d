"""Emulates the OUAF artifact generator's ``_Gen`` superclasses so customer code compiles offline.

Real OUAF code declares ``CmXxx_Impl extends CmXxx_Gen``; the SDK generates ``CmXxx_Gen`` from the
Javadoc ``@AlgorithmComponent`` / ``@BatchJob`` block (soft-parameter getters) on top of a framework
base class that supplies the helpers (``createPreparedStatement``, ``addError`` ...).  We rebuild
that file for the javac check: the base class is *discovered* in the indexed jars (the abstract class
that declares most of the helpers the code calls, preferring a name that fits the role), never
hard-coded, so another framework jar works the same way.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ormb_assist.generation import java_ast
from ormb_assist.generation.house import NAMED_GETTERS
from ormb_assist.generation.jarview import JarView
from ormb_assist.generation.java_types import ImportSet, default_value
from ormb_assist.indexer.models import JarClass, JavaClassInfo, JavaFileInfo, SoftParameter

_ROLE_WORDS = {
    "algorithm": ("AlgorithmComponent", "Algorithm"),
    "batch": ("BatchJob", "Batch"),
    "worker": ("ThreadWorker", "Worker"),
}
GEN_SUFFIX = "_Gen"


def jar_view(index_or_jar_classes: Any) -> JarView:
    classes = getattr(index_or_jar_classes, "jar_classes", index_or_jar_classes)
    return JarView.of(classes)


# ---- soft parameter types -------------------------------------------------------------------------
def soft_parameter_type(param: SoftParameter, jar: JarView) -> str:
    """Java type (fqn) of a soft parameter's generated getter, grounded in the jar."""
    kind = (param.type or "string").lower()
    if kind == "integer":
        return "java.math.BigInteger"
    if kind in ("decimal", "number", "bigdecimal"):
        return "java.math.BigDecimal"
    if kind == "date":
        return date_type(jar) or "java.util.Date"
    if kind in ("datetime", "money"):
        simple = {"datetime": "DateTime", "money": "Money"}[kind]
        return jar.find_class(simple, ("datatypes",)) or "java.lang.String"
    if kind in ("boolean", "bool"):
        return jar.find_class("Bool", ("datatypes",)) or "java.lang.Boolean"
    if kind == "entity" and param.entity_name:
        return _entity_type(param.entity_name, jar) or "java.lang.String"
    if kind == "lookup":
        name = param.lookup_name or ""
        found = name and (jar.find_class(name + "Lookup") or jar.find_class(name))
        return found or jar.find_class("Lookup", ("datatypes",)) or "java.lang.String"
    return "java.lang.String"


def date_type(jar: JarView) -> str | None:
    """The framework's date class: one named Date, else what the jar's ``getDate()`` methods return."""
    named = jar.find_class("Date", ("datatypes",))
    if named:
        return named
    returns: dict[str, int] = {}
    for cls in jar.classes.values():
        for m in cls.methods:
            if m.name == "getDate" and len(m.parameter_types) <= 1 and m.return_type in jar.classes:
                returns[m.return_type] = returns.get(m.return_type, 0) + 1
    return min(returns, key=lambda f: (-returns[f], f)) if returns else None


def _entity_type(entity_name: str, jar: JarView) -> str | None:
    candidates = [f for f in jar.by_simple(entity_name) if "$" not in f]
    if not candidates:
        return None
    entities = [f for f in candidates if jar.method(f, "getId") is not None or jar.get(f + "_Id")]
    return sorted(entities or candidates, key=lambda f: (len(f), f))[0]


# ---- base class discovery --------------------------------------------------------------------------
def find_framework_base(
    jar: JarView, role: str, used_methods: set[str], declared: set[str] = frozenset()
) -> str | None:
    """The jar class a ``_Gen`` of this role should extend.

    Score = helpers the code uses that the class (with ancestors) declares, plus a bonus for a name that
    fits the role; abstract methods the code does not implement count against a candidate.
    """
    words = _ROLE_WORDS.get(role, ())
    wanted = set(used_methods)  # methods the class declares implement its interfaces: no evidence
    best: tuple[float, str] | None = None
    for fqn, cls in jar.classes.items():
        if cls.kind != "class" or "final" in cls.modifiers or "$" in fqn or fqn.startswith("java."):
            continue
        names = jar.method_names_cached(fqn)
        hits = len(wanted & names)
        simple = fqn.rsplit(".", 1)[-1]
        bonus = 0.0
        if words and words[0] in simple:
            bonus = 4.0
        elif words and words[1] in simple:
            bonus = 2.0
        if hits == 0 and bonus == 0:
            continue
        missing = [m for m in jar.abstract_methods(fqn) if m.name not in declared]
        score = hits * 3 + bonus + (0.5 if "abstract" in cls.modifiers else 0) - 2.0 * len(missing)
        key = (score, fqn)
        if best is None or key[0] > best[0] or (key[0] == best[0] and fqn < best[1]):
            best = key
    return best[1] if best else None


def role_of(info: JavaClassInfo | None, view: java_ast.ClassView, outer_info: JavaClassInfo | None) -> str:
    tags = set(info.javadoc_tags if info else [])
    if "BatchJob" in tags:
        return "batch"
    if view.outer and outer_info is not None and "BatchJob" in outer_info.javadoc_tags:
        return "worker"
    if "AlgorithmComponent" in tags or (info is not None and info.role == "algorithm"):
        return "algorithm"
    if any(i.endswith("AlgorithmSpot") or i.endswith("Spot") for i in view.interfaces):
        return "algorithm"
    if view.name.endswith("Worker") or view.superclass.endswith("Worker" + GEN_SUFFIX):
        return "worker"
    return "other"


# ---- rendering ----------------------------------------------------------------------------------
def render_gen_classes(
    file_info: JavaFileInfo,
    index_or_jar_classes: Any,
    source: str | None = None,
    existing: set[str] | None = None,
) -> dict[str, str]:
    """Sources of the ``_Gen`` classes the classes of one file extend: ``{fqn: java source}``.

    ``source`` is the file text (needed to see nested worker classes and the helpers the code
    calls); ``existing`` lists fqns that already exist (a committed ``_Gen``) and are skipped.
    """
    jar = jar_view(index_or_jar_classes)
    if source is None:
        return {}
    views = java_ast.classes(java_ast.parse(source))
    infos = {c.name: c for c in file_info.classes}
    out: dict[str, str] = {}
    for view in views:
        if not view.superclass.endswith(GEN_SUFFIX):
            continue
        fqn = f"{file_info.package}.{view.superclass}" if file_info.package else view.superclass
        if existing and fqn in existing:
            continue
        if any(v.name == view.superclass for v in views):
            continue
        info = infos.get(view.name)
        outer_info = infos.get(view.outer) if view.outer else None
        role = role_of(info, view, outer_info)
        params = list(
            info.soft_parameters
            if info and info.soft_parameters
            else outer_info.soft_parameters
            if outer_info
            else []
        )
        used = view.unqualified_calls | view.super_calls
        declared = set(view.declared_methods)
        base = find_framework_base(jar, role, used - {p.getter for p in params} - declared, declared)
        out[fqn] = _render(file_info.package, view.superclass, base, params, role, jar, view.name)
    return out


def _render(package: str, gen_name: str, base: str | None, params: list[SoftParameter], role: str,
            jar: JarView, impl_name: str) -> str:  # fmt: skip
    imports = ImportSet(package, own_names=(gen_name, "JobParameters"))
    extends = f" extends {imports.use(base)}" if base else ""
    getters = []
    for p in params:
        fqn = soft_parameter_type(p, jar)
        java_type = imports.use(fqn)
        body = _getter_body(p, fqn, base, jar, imports) if base else "return null;"
        getters.append(f"    protected {java_type} {p.getter}() {{\n        {body}\n    }}\n")
    parameters_class = _parameters_class(base, params, jar, imports) if base else ""
    head = f"package {package};\n\n" if package else ""
    body = "\n".join(getters)
    return (
        f"{head}{imports.render()}\n"
        f"/**\n * Emulation of the OUAF artifact generator's superclass of {impl_name} ({role}), written by\n"
        " * ormb-assist only to compile-check the class offline.\n */\n"
        f"public abstract class {gen_name}{extends} {{\n{body}{parameters_class}}}\n"
    )


def _accessor(base: str, name: str, returns: str, jar: JarView) -> bool:
    """The base class (or an ancestor) has ``name(String)`` returning ``returns`` (simple names compared)."""
    method = jar.method(base, name, 1)
    if method is None or method.parameter_types[0].rsplit(".", 1)[-1] != "String":
        return False
    return method.return_type.split("<", 1)[0].rsplit(".", 1)[-1] == returns.rsplit(".", 1)[-1]


def _getter_body(p: SoftParameter, fqn: str, base: str, jar: JarView, imports: ImportSet) -> str:
    """A getter that returns the configured value through the base class's name-based accessors,
    so the emulated ``_Gen`` behaves like the generated one when the framework runs; ``return null``
    when the base class has no such accessor (older framework jars) or for lookups."""
    kind = (p.type or "string").lower()
    if kind == "entity" and fqn != "java.lang.String":
        id_class = fqn + "_Id"
        id_info = jar.get(id_class)
        simple_id = id_class.rsplit(".", 1)[-1]
        from_code = id_info is not None and any(  # ids keyed by more than a code (SA type: division + code)
            m.name == simple_id and m.parameter_types == ["java.lang.String"] for m in id_info.methods
        )
        if not from_code or not _accessor(base, "getStringSoftParameter", "java.lang.String", jar):
            return "return null;"
        id_name = imports.use(id_class)
        return (f'String code = getStringSoftParameter("{p.name}");\n'
                f"        return code == null ? null : new {id_name}(code).getEntity();")  # fmt: skip
    accessor = NAMED_GETTERS.get(kind) or ("getStringSoftParameter" if fqn == "java.lang.String" else "")
    if accessor and _accessor(base, accessor, fqn, jar):
        return f'return {accessor}("{p.name}");'
    return "return null;"


def _parameters_class(base: str, params: list[SoftParameter], jar: JarView, imports: ImportSet) -> str:
    """Batch code reads soft parameters through ``getParameters().getX()``: make that compile.

    When the framework's ``getParameters()`` type lacks the getters, a nested ``JobParameters``
    subtype carries them and ``getParameters()`` is overridden covariantly.
    """
    method = jar.method(base, "getParameters", 0)
    if method is None or not params or "final" in method.modifiers:
        return ""
    ret = method.return_type.split("<", 1)[0]
    ret_cls = jar.get(ret)
    if ret_cls is None or all(jar.method(ret, p.getter, 0) for p in params):
        return ""
    ret_name = imports.use(ret)
    relation = "implements" if ret_cls.kind == "interface" else "extends"
    members = []
    if ret_cls.kind == "interface":
        for m in jar.abstract_methods(ret):
            args = ", ".join(f"{imports.type(t)} p{i}" for i, t in enumerate(m.parameter_types))
            rtype = imports.type(m.return_type)
            value = "" if rtype == "void" else f" return {default_value(rtype)};"
            members.append(f"        public {rtype} {m.name}({args}) {{{value} }}\n")
    for p in params:
        java_type = imports.use(soft_parameter_type(p, jar))
        members.append(f"        public {java_type} {p.getter}() {{ return null; }}\n")
    vis = "public" if "public" in method.modifiers else "protected"
    return (
        f"\n    public static class JobParameters {relation} {ret_name} {{\n{''.join(members)}    }}\n\n"
        f"    @Override\n    {vis} JobParameters getParameters() {{\n        return new JobParameters();\n    }}\n"
    )


def gen_sources_for_tree(src_root: Path, jar_classes: dict[str, JarClass]) -> dict[str, str]:
    """``_Gen`` sources for every class under ``src_root`` that extends a missing ``X_Gen``.

    Returns ``{fqn: source}``; write each to ``<out>/<fqn as path>.java`` and compile it together
    with the tree against the framework jar, e.g.::

        for fqn, text in gen_sources_for_tree(root, index.jar_classes).items():
            path = out / (fqn.replace(".", "/") + ".java"); path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text)
    """
    from ormb_assist.indexer.java_parser import parse_java

    files = sorted(Path(src_root).rglob("*.java"))
    infos = []
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        infos.append((parse_java(text, path.relative_to(src_root).as_posix()), text))
    existing = {c.fqn for info, _ in infos for c in info.classes}
    out: dict[str, str] = {}
    for info, text in infos:
        out.update(render_gen_classes(info, jar_classes, source=text, existing=existing))
    return out
