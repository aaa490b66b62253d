"""In-memory views of an index (classes, tables, jar classes, spots) derived from per-file records.

A ``Views`` object is immutable once built: writers build a new one and swap it in, so a reader on
another thread always sees one consistent snapshot.  Spots are found by a general rule over what the
index read, never from a list: an interface whose simple name ends with ``AlgorithmSpot`` or that
(transitively, across jars and sources) extends an interface named ``AlgorithmSpot``.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ormb_assist.indexer.ddl import merge_tables
from ormb_assist.indexer.discovery import DDL, JAR, JAVA
from ormb_assist.indexer.models import (
    IndexProblem,
    JarClass,
    JavaClassInfo,
    JavaFileInfo,
    MethodInfo,
    Parameter,
    SpotInfo,
    TableInfo,
)

SPOT_ROOT = "AlgorithmSpot"
_TYPE_WORD = re.compile(r"\b[A-Z][\w$]*(?:\.[A-Z][\w$]*)*")


@dataclass
class FileRecord:
    """One workspace file as stored: hash facts, parsed payload and the problems it gave."""

    path: str
    kind: str
    sha256: str
    size: int
    mtime_ns: int
    payload: Any = None  # JavaFileInfo | list[TableInfo] | list[JarClass] | None
    problems: list[IndexProblem] = field(default_factory=list)


@dataclass(frozen=True)
class Views:
    files: dict[str, JavaFileInfo]
    classes: dict[str, JavaClassInfo]
    class_paths: dict[str, str]
    tables: dict[str, TableInfo]
    jar_classes: dict[str, JarClass]
    spots: dict[str, SpotInfo]
    jar_paths: list[Path]
    problems: list[IndexProblem]
    simple_names: dict[str, list[str]]  # simple name -> fqns (sources first, then jars)
    spot_methods: dict[str, list[MethodInfo]] = field(
        default_factory=dict
    )  # reused while no interface changes

    @staticmethod
    def empty() -> Views:
        return Views({}, {}, {}, {}, {}, {}, [], [], {})


ALL_KINDS = frozenset({JAVA, DDL, JAR})


def build_views(
    workspace: Path,
    records: dict[str, FileRecord],
    extra_problems: list[IndexProblem],
    previous: Views | None = None,
    changed: frozenset[str] = ALL_KINDS,
    interfaces_changed: bool = True,
    changed_paths: set[str] | None = None,
) -> Views:
    """Views of ``records``.  With ``previous``, parts whose inputs did not change are reused: merged
    tables when no DDL file changed, jar classes when no jar changed, spot method lists when neither
    a jar nor any Java interface changed (this keeps a one-file update cheap on a large workspace)."""
    if previous is not None and changed_paths is not None and changed <= {JAVA}:
        return _patched(records, extra_problems, previous, changed_paths, interfaces_changed)
    reuse = previous is not None
    reuse_tables = reuse and DDL not in changed
    reuse_jars = reuse and JAR not in changed
    files: dict[str, JavaFileInfo] = {}
    classes: dict[str, JavaClassInfo] = {}
    class_paths: dict[str, str] = {}
    jar_classes: dict[str, JarClass] = previous.jar_classes if reuse_jars else {}  # type: ignore[union-attr]
    jar_paths: list[Path] = previous.jar_paths if reuse_jars else []  # type: ignore[union-attr]
    table_parts: list[TableInfo] = []
    problems = list(extra_problems)
    for rel in sorted(records):
        record = records[rel]
        problems.extend(record.problems)
        if record.payload is None:
            continue
        if record.kind == JAVA:
            files[rel] = record.payload
            for cls in record.payload.classes:
                if cls.fqn not in classes:
                    classes[cls.fqn] = cls
                    class_paths[cls.fqn] = rel
        elif record.kind == DDL and not reuse_tables:
            table_parts.extend(record.payload)
        elif record.kind == JAR and not reuse_jars:
            jar_paths.append(workspace / rel)
            for jar_class in record.payload:
                jar_classes.setdefault(jar_class.fqn, jar_class)
    simple_names: dict[str, list[str]] = {}
    for fqn, cls in classes.items():
        simple_names.setdefault(cls.name, []).append(fqn)
    for fqn, jar_class in jar_classes.items():
        names = simple_names.setdefault(jar_class.simple_name.rsplit(".", 1)[-1], [])
        if fqn not in names:
            names.append(fqn)
    tables = previous.tables if reuse_tables else merge_tables(table_parts)  # type: ignore[union-attr]
    methods = dict(previous.spot_methods) if reuse and not interfaces_changed and JAR not in changed else {}  # type: ignore[union-attr]
    views = Views(
        files, classes, class_paths, tables, jar_classes, {}, jar_paths, problems, simple_names, methods
    )
    views.spots.update(derive_spots(views))
    return views


def _patched(
    records: dict[str, FileRecord],
    extra_problems: list[IndexProblem],
    previous: Views,
    changed_paths: set[str],
    interfaces_changed: bool,
) -> Views:
    """Views after Java-only changes: the previous dicts copied and patched for the changed files
    (a one-file edit on a 10k-file workspace must not walk every record again)."""
    files, classes, class_paths = dict(previous.files), dict(previous.classes), dict(previous.class_paths)
    simple_names = dict(previous.simple_names)
    removed: list[JavaClassInfo] = []
    added: list[JavaClassInfo] = []
    for rel in changed_paths:  # first drop every changed file's classes (a move drops and re-adds)
        old = files.pop(rel, None)
        for cls in old.classes if old is not None else []:
            if class_paths.get(cls.fqn) == rel:
                del classes[cls.fqn], class_paths[cls.fqn]
                simple_names[cls.name] = [f for f in simple_names.get(cls.name, []) if f != cls.fqn]
                removed.append(cls)
    for rel in sorted(changed_paths):
        record = records.get(rel)
        if record is None or record.kind != JAVA or record.payload is None:
            continue
        files[rel] = record.payload
        for cls in record.payload.classes:
            if cls.fqn not in classes:
                classes[cls.fqn], class_paths[cls.fqn] = cls, rel
                simple_names[cls.name] = [*simple_names.get(cls.name, []), cls.fqn]
                added.append(cls)
    problems = list(extra_problems)
    for record in records.values():
        problems.extend(record.problems)
    problems.sort(key=lambda p: p.path)
    methods = {} if interfaces_changed else dict(previous.spot_methods)
    views = Views(
        files,
        classes,
        class_paths,
        previous.tables,
        previous.jar_classes,
        {},
        previous.jar_paths,
        problems,
        simple_names,
        methods,
    )
    if interfaces_changed or any(c.kind == "interface" for c in removed + added):
        views.spots.update(derive_spots(views))
    else:
        views.spots.update(_patched_spots(previous, views, removed, added))
    return views


def _patched_spots(
    previous: Views, views: Views, removed: list[JavaClassInfo], added: list[JavaClassInfo]
) -> dict[str, SpotInfo]:
    """Spots after edits that changed no interface: only the spots an edited class implements (before
    or after the edit) get their implementations and table counts derived again."""
    spot_names = {s.fqn: name for name, s in previous.spots.items()}
    by_simple = _interfaces_by_simple(views)
    gone = {c.fqn for c in removed}
    fresh: dict[str, list[str]] = {}
    for cls in added:
        for target in _implemented(cls, by_simple):
            fresh.setdefault(target, []).append(cls.fqn)
    affected = {t for c in removed for t in _implemented(c, by_simple)} | set(fresh)
    spots = dict(previous.spots)
    for fqn in affected:
        name = spot_names.get(fqn)
        if name is None:
            continue
        implementations = [f for f in previous.spots[name].implementations if f not in gone]
        spots[name] = _spot_info(views, fqn, sorted({*implementations, *fresh.get(fqn, [])}))
    return spots


# ---- type resolution ----------------------------------------------------------------------------


def resolve_type(views: Views, simple_name: str, context_fqn: str | None = None) -> str | None:
    """Fully qualified name for a simple (or already qualified) type name, as javac would pick it."""
    name = simple_name.split("<", 1)[0].strip()
    if name in views.classes or name in views.jar_classes:
        return name
    head = name.split(".", 1)[0]
    candidates = views.simple_names.get(head, [])
    info = _file_of(views, context_fqn)
    if info is not None:
        for imported in info.imports:
            if imported.endswith("." + head) and not imported.startswith("static "):
                return imported + name[len(head) :]
        same_package = f"{info.package}.{head}" if info.package else head
        if same_package in candidates:
            return same_package + name[len(head) :]
        for imported in info.imports:
            if imported.endswith(".*"):
                wildcard = f"{imported[:-2]}.{head}"
                if wildcard in candidates:
                    return wildcard + name[len(head) :]
    if len(candidates) == 1:
        return candidates[0] + name[len(head) :]
    return None


def _file_of(views: Views, fqn: str | None) -> JavaFileInfo | None:
    if not fqn:
        return None
    path = views.class_paths.get(fqn)
    return views.files.get(path) if path else None


def _qualify(views: Views, type_text: str, context_fqn: str) -> str:
    """Qualify each class name inside a source-written type through the file's imports."""
    return _TYPE_WORD.sub(lambda m: resolve_type(views, m.group(0), context_fqn) or m.group(0), type_text)


# ---- spots --------------------------------------------------------------------------------------


def _super_interfaces(views: Views, fqn: str) -> list[str]:
    jar_class = views.jar_classes.get(fqn)
    if jar_class is not None:
        return list(jar_class.interfaces)
    cls = views.classes.get(fqn)
    if cls is None or cls.kind != "interface":
        return []
    written = cls.extends_interfaces or cls.implements
    return [resolve_type(views, name, fqn) or name for name in written]


def _interfaces(views: Views) -> dict[str, str]:
    """fqn -> source ("jar" or "source") of every interface the index knows."""
    found = {fqn: "jar" for fqn, c in views.jar_classes.items() if c.kind == "interface"}
    for fqn, cls in views.classes.items():
        if cls.kind == "interface":
            found.setdefault(fqn, "source")
    return found


def _is_spot(views: Views, fqn: str, memo: dict[str, bool], trail: frozenset[str] = frozenset()) -> bool:
    if fqn in memo:
        return memo[fqn]
    simple = fqn.rsplit(".", 1)[-1]
    if simple == SPOT_ROOT:
        return True
    result = simple.endswith(SPOT_ROOT)
    if not result and fqn not in trail:
        result = any(_is_spot(views, parent, memo, trail | {fqn}) for parent in _super_interfaces(views, fqn))
    memo[fqn] = result
    return result


def derive_spots(views: Views) -> dict[str, SpotInfo]:
    memo: dict[str, bool] = {}
    implementations = _implementations(views)
    spots: dict[str, SpotInfo] = {}
    for fqn in sorted(_interfaces(views)):
        simple = fqn.rsplit(".", 1)[-1]
        if simple == SPOT_ROOT or not _is_spot(views, fqn, memo):
            continue
        spot = _spot_info(views, fqn, implementations.get(fqn, []))
        if simple in spots and spots[simple].source.endswith(".jar") and not spot.source.endswith(".jar"):
            continue  # a jar definition wins a simple-name clash: its signatures are exact
        spots[simple] = spot
    return spots


def _implementations(views: Views) -> dict[str, list[str]]:
    """Interface fqn -> workspace classes implementing it (resolved fqn, or a simple-name match)."""
    by_simple = _interfaces_by_simple(views)
    found: dict[str, list[str]] = {}
    for fqn, cls in views.classes.items():
        for target in _implemented(cls, by_simple):
            found.setdefault(target, []).append(fqn)
    return found


def _interfaces_by_simple(views: Views) -> dict[str, list[str]]:
    by_simple: dict[str, list[str]] = {}
    for fqn in _interfaces(views):
        by_simple.setdefault(fqn.rsplit(".", 1)[-1], []).append(fqn)
    return by_simple


def _implemented(cls: JavaClassInfo, by_simple: dict[str, list[str]]) -> list[str]:
    """Interfaces a class implements: resolved fqns, else the first interface of the written name."""
    if cls.kind == "interface":
        return []
    targets = set(cls.implements_fqn)
    for written in cls.implements:
        simple = written.split("<", 1)[0].rsplit(".", 1)[-1]
        if not any(t.rsplit(".", 1)[-1] == simple for t in targets):
            targets.update(by_simple.get(simple, [])[:1])
    return sorted(targets)


def _spot_info(views: Views, fqn: str, implementations: list[str]) -> SpotInfo:
    jar_class = views.jar_classes.get(fqn)
    source_cls = views.classes.get(fqn)
    tables: dict[str, int] = {}
    for impl in implementations:
        for table in views.classes[impl].tables:
            tables[table] = tables.get(table, 0) + 1
    javadoc = (jar_class.javadoc if jar_class else "") or (source_cls.javadoc if source_cls else "")
    source = jar_class.jar if jar_class else views.class_paths.get(fqn, "")
    return SpotInfo(
        name=fqn.rsplit(".", 1)[-1],
        fqn=fqn,
        javadoc=javadoc,
        methods=_cached_methods(views, fqn),
        implementations=sorted(implementations),
        tables_touched=dict(sorted(tables.items(), key=lambda kv: (-kv[1], kv[0]))),
        source=source,
    )


def _cached_methods(views: Views, fqn: str) -> list[MethodInfo]:
    if fqn not in views.spot_methods:
        views.spot_methods[fqn] = _abstract_methods(views, fqn)
    return views.spot_methods[fqn]


def _abstract_methods(views: Views, fqn: str) -> list[MethodInfo]:
    """Every method an implementation must write: own first, then inherited (deduplicated)."""
    methods: list[MethodInfo] = []
    seen: set[tuple[str, tuple[str, ...]]] = set()
    queue, visited = [fqn], set()
    while queue:
        current = queue.pop(0)
        if current in visited:
            continue
        visited.add(current)
        for method in _declared(views, current):
            key = (method.name, tuple(p.type.split("<", 1)[0].rsplit(".", 1)[-1] for p in method.parameters))
            if key not in seen and not method.is_default and "static" not in method.modifiers:
                seen.add(key)
                methods.append(method)
        queue.extend(_super_interfaces(views, current))
    return methods


def _declared(views: Views, fqn: str) -> list[MethodInfo]:
    jar_class = views.jar_classes.get(fqn)
    if jar_class is not None:
        return [_from_jar(m) for m in jar_class.methods if m.name not in ("<init>", "<clinit>")]
    cls = views.classes.get(fqn)
    if cls is None:
        return []
    out = []
    for m in cls.methods:
        copy = dataclasses.replace(m)
        copy.return_type = _qualify(views, m.return_type, fqn) if m.return_type else m.return_type
        copy.parameters = [Parameter(_qualify(views, p.type, fqn), p.name) for p in m.parameters]
        out.append(copy)
    return out


def _from_jar(method: Any) -> MethodInfo:
    names = list(method.parameter_names)
    parameters = [
        Parameter(type=t, name=names[i] if i < len(names) and names[i] else f"arg{i}")
        for i, t in enumerate(method.parameter_types)
    ]
    return MethodInfo(
        name=method.name,
        return_type=method.return_type,
        parameters=parameters,
        modifiers=[m for m in method.modifiers if m != "abstract"],
        type_parameters=method.type_parameters,
        throws=list(method.throws),
        javadoc=getattr(method, "javadoc", ""),
        is_default=method.is_default,
    )
