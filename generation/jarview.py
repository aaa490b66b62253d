"""Look-ups over the indexed jar classes that generation needs (inheritance, members, simple names).

Everything the generator writes about the framework — helper methods, bind methods, logger factory,
types — is answered here from the indexed class files, never from built-in knowledge, so a different
framework jar produces different (still compiling) code.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ormb_assist.indexer.models import JarClass, JarMethod

_CACHE: dict[int, JarView] = {}


@dataclass
class JarView:
    classes: dict[str, JarClass]

    @classmethod
    def of(cls, jar_classes: dict[str, JarClass]) -> JarView:
        """One view per jar-class dict (the index rebuilds the dict when jars change)."""
        view = _CACHE.get(id(jar_classes))
        if view is None or view.classes is not jar_classes or view._size != len(jar_classes):
            view = cls(jar_classes)
            _CACHE.clear()
            _CACHE[id(jar_classes)] = view
        return view

    def __post_init__(self) -> None:
        self._size = len(self.classes)
        self._by_simple: dict[str, list[str]] = {}
        self._names: dict[str, frozenset[str]] = {}
        for fqn in sorted(self.classes):
            simple = fqn.rsplit(".", 1)[-1]
            self._by_simple.setdefault(simple.lower(), []).append(fqn)

    # ---- names ----------------------------------------------------------------------------------
    def get(self, fqn: str) -> JarClass | None:
        return self.classes.get(fqn) or self.classes.get(_nested_to_dollar(fqn, self.classes))

    def by_simple(self, simple: str) -> list[str]:
        """Fqns whose simple name equals ``simple`` (case-insensitive), sorted."""
        return list(self._by_simple.get(simple.lower(), []))

    def find_class(self, simple: str, prefer_package_words: Iterable[str] = ()) -> str | None:
        """The best fqn for a simple name: prefer packages containing the given words, then shortest."""
        found = [f for f in self.by_simple(simple) if "$" not in f]
        if not found:
            return None
        words = [w.lower() for w in prefer_package_words]
        return min(found, key=lambda f: (-sum(w in f.lower() for w in words), len(f), f))

    # ---- members --------------------------------------------------------------------------------
    def ancestors(self, fqn: str) -> Iterator[JarClass]:
        """The class itself, then superclasses and interfaces (breadth first, each once)."""
        seen: set[str] = set()
        queue = [fqn]
        while queue:
            name = queue.pop(0)
            if name in seen:
                continue
            seen.add(name)
            cls = self.get(name)
            if cls is None:
                continue
            yield cls
            if cls.superclass:
                queue.append(cls.superclass)
            queue.extend(cls.interfaces)

    def methods(self, fqn: str, name: str | None = None) -> list[JarMethod]:
        """Methods declared on the class or inherited, nearest first (optionally by name)."""
        out: list[JarMethod] = []
        for cls in self.ancestors(fqn):
            out.extend(m for m in cls.methods if name is None or m.name == name)
        return out

    def method(self, fqn: str, name: str, arity: int | None = None) -> JarMethod | None:
        for m in self.methods(fqn, name):
            if arity is None or len(m.parameter_types) == arity:
                return m
        return None

    def method_names(self, fqn: str) -> set[str]:
        return {m.name for m in self.methods(fqn)}

    def method_names_cached(self, fqn: str) -> frozenset[str]:
        names = self._names.get(fqn)
        if names is None:
            names = self._names[fqn] = frozenset(self.method_names(fqn))
        return names

    def static_field(self, fqn: str, name: str) -> bool:
        cls = self.get(fqn)
        return bool(cls and any(f.name == name for f in cls.fields))

    def is_subtype(self, fqn: str, parent: str) -> bool:
        return any(c.fqn == parent for c in self.ancestors(fqn))

    def abstract_methods(self, fqn: str) -> list[JarMethod]:
        """Abstract methods a concrete subclass would still have to implement."""
        concrete: set[tuple[str, int]] = set()
        abstract: list[JarMethod] = []
        for cls in self.ancestors(fqn):
            for m in cls.methods:
                key = (m.name, len(m.parameter_types))
                if "static" in m.modifiers:
                    continue
                if "abstract" in m.modifiers or (cls.kind == "interface" and not m.is_default):
                    abstract.append(m)
                else:
                    concrete.add(key)
        seen: set[tuple[str, int]] = set()
        out = []
        for m in abstract:
            key = (m.name, len(m.parameter_types))
            if key not in concrete and key not in seen:
                seen.add(key)
                out.append(m)
        return out


def _nested_to_dollar(fqn: str, classes: dict[str, JarClass]) -> str:
    """``a.b.Outer.Inner`` -> ``a.b.Outer$Inner`` when that is how the jar names it."""
    head, _, tail = fqn.rpartition(".")
    while head:
        candidate = f"{head}${tail}"
        if candidate in classes:
            return candidate
        head, _, last = head.rpartition(".")
        tail = f"{last}${tail}"
    return fqn
