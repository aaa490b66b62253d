"""Java-side completion candidates: spot methods still to implement, soft-parameter getters, members.

Types are resolved the way javac would for the cases that matter here (imports, same package,
``java.lang``, then the only class of that simple name) and members come from the indexed jar
classes and workspace sources, walking superclasses and interfaces.  Never imports pygls.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ormb_assist.generation.gen_stub import soft_parameter_type
from ormb_assist.generation.jarview import JarView
from ormb_assist.generation.java_types import default_value, erase
from ormb_assist.indexer.models import MethodInfo, Parameter
from ormb_assist.server.catalog import Catalog
from ormb_assist.server.java_context import ClassDecl

_QUALIFIED = re.compile(r"\b((?:[a-z_$][\w$]*\.)+)([A-Z][\w$]*(?:\$[\w$]+)*)")


@dataclass
class Member:
    name: str
    return_type: str
    params: list[tuple[str, str]] = field(default_factory=list)  # (type, name)
    owner: str = ""
    static: bool = False
    javadoc: str = ""
    overloads: int = 1


def resolve_type(cat: Catalog, simple: str, imports: list[str], package: str) -> str | None:
    """Fully qualified name for a simple (or already qualified) type name, or ``None``."""
    simple = erase(simple).replace("[]", "").strip()
    if not simple:
        return None
    if "." in simple and (simple in cat.jar_classes or simple in cat.classes):
        return simple
    for imp in imports:
        if imp.endswith("." + simple) and (imp in cat.jar_classes or imp in cat.classes):
            return imp
    if package and f"{package}.{simple}" in cat.classes:
        return f"{package}.{simple}"
    for imp in imports:
        if imp.endswith(".*") and (imp[:-1] + simple) in cat.jar_classes:
            return imp[:-1] + simple
    found = [f for f in cat.fqns_for(simple) if "$" not in f]
    return found[0] if len(found) == 1 else (min(found, key=len) if found else None)


def members_of(cat: Catalog, fqn: str) -> list[Member]:
    """Methods of a type and its supertypes (sources first, then jar classes), one entry per name."""
    out: dict[str, Member] = {}
    seen: set[str] = set()
    queue = [fqn]
    view = JarView.of(cat.jar_classes)
    while queue:
        name = queue.pop(0)
        if name in seen or not name:
            continue
        seen.add(name)
        src = cat.classes.get(name)
        if src is not None:
            for m in src.methods:
                if m.return_type and "private" not in m.modifiers:
                    _add(
                        out,
                        Member(
                            m.name,
                            m.return_type,
                            [(p.type, p.name) for p in m.parameters],
                            name,
                            "static" in m.modifiers,
                            m.javadoc,
                        ),
                    )
            if src.extends:
                queue.append(resolve_type(cat, src.extends, [], src.package) or "")
            queue.extend(f for f in src.implements_fqn if f)
        jar = view.get(name)
        if jar is not None:
            for m in jar.methods:
                if m.name in ("<init>", "<clinit>") or "private" in m.modifiers or "synthetic" in m.modifiers:
                    continue
                names = m.parameter_names or [f"arg{i}" for i in range(len(m.parameter_types))]
                _add(
                    out,
                    Member(
                        m.name,
                        m.return_type,
                        list(zip(m.parameter_types, names, strict=False)),
                        name,
                        "static" in m.modifiers,
                    ),
                )
            if jar.superclass and jar.superclass != "java.lang.Object":
                queue.append(jar.superclass)
            queue.extend(jar.interfaces)
    return list(out.values())


def _add(out: dict[str, Member], member: Member) -> None:
    if member.name in out:
        out[member.name].overloads += 1
    else:
        out[member.name] = member


def interface_methods(
    cat: Catalog, simple: str, imports: list[str], package: str
) -> tuple[str, list[MethodInfo]]:
    """(spot or interface name, abstract methods incl. inherited) for an implemented interface."""
    spot = cat.spots.get(simple)
    if spot is not None:
        return spot.name, [m for m in spot.methods if not m.is_default]
    fqn = resolve_type(cat, simple, imports, package)
    if not fqn:
        return simple, []
    view = JarView.of(cat.jar_classes)
    methods: list[MethodInfo] = []
    for m in view.abstract_methods(fqn):
        names = m.parameter_names or [f"arg{i}" for i in range(len(m.parameter_types))]
        params = [Parameter(t, n) for t, n in zip(m.parameter_types, names, strict=False)]
        methods.append(MethodInfo(m.name, m.return_type, params, ["public"], throws=list(m.throws)))
    src = cat.classes.get(fqn)
    if src is not None and src.kind == "interface":
        methods += [m for m in src.methods if not m.is_default and "static" not in m.modifiers]
    return simple, methods


def missing_methods(
    cat: Catalog, cls: ClassDecl, imports: list[str], package: str
) -> list[tuple[str, MethodInfo]]:
    """Interface methods the class (and its workspace superclasses) has not written yet."""
    have = {m.key for m in cls.methods}
    for ext in cls.extends:
        fqn = resolve_type(cat, ext, imports, package)
        if fqn:
            have |= {f"{m.name}/{len(m.params)}" for m in members_of(cat, fqn) if not _is_abstract(cat, m)}
    out: list[tuple[str, MethodInfo]] = []
    seen: set[str] = set()
    for iface in cls.implements:
        spot_name, methods = interface_methods(cat, iface, imports, package)
        for m in methods:
            if m.key not in have and m.key not in seen:
                seen.add(m.key)
                out.append((spot_name, m))
    return out


def _is_abstract(cat: Catalog, member: Member) -> bool:
    jar = cat.jar_classes.get(member.owner)
    if jar is not None:
        return jar.kind == "interface" or any(
            "abstract" in m.modifiers for m in jar.methods if m.name == member.name
        )
    src = cat.classes.get(member.owner)
    return bool(src and src.kind == "interface")


def simplify(type_text: str) -> tuple[str, list[str]]:
    """``java.util.List<com.x.Bill>`` -> (``List<Bill>``, [``java.util.List``, ``com.x.Bill``])."""
    fqns: list[str] = []

    def repl(m: re.Match[str]) -> str:
        fqn = (m.group(1) + m.group(2)).replace("$", ".")
        fqn_outer = m.group(1) + m.group(2).split("$")[0]
        if not fqn.startswith("java.lang.") or fqn.count(".") > 2:
            fqns.append(fqn_outer)
        return m.group(2).replace("$", ".")

    return _QUALIFIED.sub(repl, type_text), fqns


def simple_signature(method: MethodInfo) -> tuple[str, list[tuple[str, str]], list[str]]:
    """(return type, [(parameter type, name)], imports) with simple type names, so generated
    overrides read like hand-written code; unnamed jar parameters become ``arg0``, ``arg1``..."""
    ret, imports = simplify(method.return_type or "void")
    params = []
    for i, p in enumerate(method.parameters):
        ptype, more = simplify(p.type)
        imports += more
        params.append((ptype, p.name or f"arg{i}"))
    return ret, params, imports


def method_snippet(method: MethodInfo, indent: str = "    ") -> tuple[str, list[str]]:
    """An ``@Override`` implementation skeleton as a snippet, plus the imports its types need."""
    ret, typed_params, imports = simple_signature(method)
    params = [f"{ptype} {name}" for ptype, name in typed_params]
    throws = ""
    if method.throws:
        names = []
        for t in method.throws:
            simple, more = simplify(t)
            imports += more
            names.append(simple)
        throws = " throws " + ", ".join(names)
    body = "${0}" if ret == "void" else f"return ${{0:{_snippet_escape(default_value(ret))}}};"
    text = f"@Override\npublic {ret} {method.name}({', '.join(params)}){throws} {{\n{indent}{body}\n}}"
    return text, imports


def _snippet_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("$", "\\$").replace("}", "\\}")


def soft_getters(cat: Catalog, cls: ClassDecl) -> list[tuple[str, str, Any]]:
    """(getter name, return type simple name, SoftParameter) for the class's soft parameters."""
    view = JarView.of(cat.jar_classes)
    out = []
    for param in cls.soft_parameters:
        rtype = soft_parameter_type(param, view)
        out.append((param.getter, rtype.rsplit(".", 1)[-1], param))
    return out
