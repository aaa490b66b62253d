"""Java type strings -> simple names plus an import list, and type defaults.

Spot signatures arrive fully qualified from class files (``java.util.List<com.x.BillSegment>``) or
as written in sources (``List<BillSegment>``); :class:`ImportSet` turns either into compilable code
with the imports it needs, qualifying a name only when two imports would clash.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ormb_assist.indexer.jars import erase_generics as erase  # noqa: F401 - re-exported for generation modules

PRIMITIVES = {"boolean", "byte", "char", "short", "int", "long", "float", "double", "void"}
JAVA_LANG = {
    "Boolean", "Byte", "Character", "CharSequence", "Class", "Comparable", "Deprecated", "Double", "Enum",
    "Error", "Exception", "Float", "IllegalArgumentException", "IllegalStateException", "Integer",
    "Iterable", "Long", "Math", "Number", "Object", "Override", "Runnable", "RuntimeException", "Short",
    "String", "StringBuilder", "SuppressWarnings", "System", "Thread", "Throwable", "Void",
}  # fmt: skip
_IDENT = re.compile(r"[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*")

Resolve = Callable[[str], "str | None"]  # simple name -> fqn


class ImportSet:
    """Collects imports for one compilation unit in ``package``; deterministic output."""

    def __init__(self, package: str, own_names: tuple[str, ...] = ()) -> None:
        self.package = package
        self._by_simple: dict[str, str] = {}  # simple name -> fqn imported under it
        self._reserved = set(own_names)  # names declared in this file (class, nested classes)

    def use(self, fqn: str) -> str:
        """Return how to write ``fqn`` in code, importing it unless that would clash."""
        fqn = fqn.replace("$", ".")
        if "." not in fqn:
            return fqn
        pkg, simple = fqn.rsplit(".", 1)
        if pkg == "java.lang" and simple in JAVA_LANG:
            return simple
        current = self._by_simple.get(simple)
        if current == fqn:
            return simple
        if current is not None or simple in self._reserved or (simple in JAVA_LANG and pkg != "java.lang"):
            return fqn  # clash: write it qualified
        self._by_simple[simple] = fqn
        return simple

    def imports(self) -> list[str]:
        out = []
        for simple, fqn in self._by_simple.items():
            pkg = fqn.rsplit(".", 1)[0]
            if pkg == self.package and simple == fqn.rsplit(".", 1)[1]:
                continue  # same package: no import needed
            out.append(fqn)
        return sorted(out, key=_import_order)

    def render(self) -> str:
        return "".join(f"import {fqn};\n" for fqn in self.imports())

    def type(self, type_text: str, resolve: Resolve | None = None) -> str:
        """Render a (possibly generic, array, qualified) type with imports recorded."""

        def repl(match: re.Match[str]) -> str:
            name = match.group(0)
            if name in PRIMITIVES or name in ("extends", "super"):
                return name
            if "." in name:
                return self.use(name)
            if name in JAVA_LANG or name in self._reserved:
                return name
            if name in self._by_simple:
                return name
            fqn = resolve(name) if resolve else None
            return self.use(fqn) if fqn else name

        return _IDENT.sub(repl, type_text.strip())


def _import_order(fqn: str) -> tuple[int, str]:
    group = 0 if fqn.startswith("java.") else 1 if fqn.startswith("javax.") else 2
    return group, fqn


def simple_name(type_text: str) -> str:
    base = erase(type_text).replace("[]", "").replace("$", ".").strip()
    return base.rsplit(".", 1)[-1]


def default_value(type_text: str, bool_false: str | None = None) -> str:
    """A value of the type a getter can return before anything was computed."""
    t = erase(type_text)
    if t == "boolean":
        return "false"
    if t in ("byte", "short", "int", "long"):
        return "0"
    if t in ("float", "double"):
        return "0.0"
    if t == "char":
        return "' '"
    if bool_false and simple_name(t) == "Bool":
        return bool_false
    return "null"


def camel(words: list[str], upper_first: bool = False) -> str:
    parts = [w for w in words if w]
    if not parts:
        return ""
    text = "".join(w[:1].upper() + w[1:].lower() for w in parts)
    return text if upper_first else text[:1].lower() + text[1:]
