"""Framework jars -> ``JarClass`` records, with Javadoc from a ``-sources.jar`` and a JSON cache.

The ORMB/OUAF API (spot interfaces, entities, lookups) ships as jars; generation is only grounded if
their exact signatures are known.  Class files are read by ``jar_classfile`` (pure Python: no JDK
needed at index time).  When ``<name>-sources.jar`` sits beside ``<name>.jar`` its ``.java`` files are
parsed with ``java_parser`` to add class and method Javadoc and real parameter names.

Results are cached as ``<sha256 of jar [+ sources jar]>.json`` under ``cache_dir``; an unchanged jar
costs one hash and one JSON load.  A corrupt jar or class file becomes an ``IndexProblem`` (kind
``"jar"``, path ``"<jar>!<entry>"`` for one class) and every readable class is still returned.

Uncompressed bytes are capped (``JarLimits``): per entry and per jar, for class files and for
sources.  A jar is workspace content like any other, and a small one can inflate to gigabytes (a
5 MB sources jar took 381 s and 4 GB, a high-ratio jar 1.2 GB); what is over a cap is skipped with a
problem naming it, and everything within the caps is still read.

``JarClass.jar`` is set to ``str(path)`` as passed in; callers that want a workspace-relative path
pass one (or rewrite the field).
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import os
import struct
import tempfile
import zipfile
import zlib
from dataclasses import asdict, dataclass
from pathlib import Path

from ormb_assist.indexer.jar_classfile import ClassFormatError, parse_class
from ormb_assist.indexer.java_parser import parse_java
from ormb_assist.indexer.models import IndexProblem, JarClass, JarMethod, JavaClassInfo, MethodInfo, Parameter

log = logging.getLogger(__name__)
CACHE_VERSION = 1  # bump when the records or their rendering change
_ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, OSError, EOFError, NotImplementedError, RuntimeError)
_CLASS_ERRORS = (
    ClassFormatError,
    struct.error,
    IndexError,
    KeyError,
    ValueError,
    UnicodeError,
    RecursionError,
)


@dataclass(frozen=True)
class JarLimits:
    """Most uncompressed bytes read from one jar (and its sources jar); larger entries are skipped."""

    class_entry: int = 4 * 1024 * 1024  # one .class file (real ones stay far below 1 MiB)
    class_total: int = 256 * 1024 * 1024  # all .class files of one jar
    source_entry: int = 2_000_000  # one .java file of a sources jar (the max_file_bytes default)
    source_total: int = 64 * 1024 * 1024  # all parsed sources: Java parsing costs ~0.5 s per MB


DEFAULT_LIMITS = JarLimits()


class _OverLimit(Exception):
    """An entry not read because of a ``JarLimits`` cap; the message says which."""


class _Budget:
    """Reads entries within a per-entry cap and a running total for one jar."""

    def __init__(self, entry_cap: int, total_cap: int, what: str) -> None:
        self.entry_cap, self.total_cap, self.left, self.what = entry_cap, total_cap, total_cap, what
        self.exhausted = False

    def read(self, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
        if info.file_size > self.entry_cap:
            raise _OverLimit(
                f"{info.file_size:,} bytes uncompressed is over the {self.entry_cap:,}-byte limit "
                f"for one {self.what}; skipped"
            )
        if info.file_size > self.left:
            self.exhausted = True
            raise _OverLimit(f"the {self.total_cap:,}-byte limit for all {self.what}s of one jar is reached")
        with archive.open(info) as handle:  # zipfile stops at the declared size and checks the CRC
            data = handle.read(self.entry_cap)
        self.left -= len(data)
        return data


def read_jar(
    path: Path, cache_dir: Path | None = None, limits: JarLimits = DEFAULT_LIMITS
) -> tuple[list[JarClass], list[IndexProblem]]:
    """API classes of one jar (sorted by fqn) and the problems met reading it; never raises."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return [], [IndexProblem(path=str(path), kind="jar", message=f"cannot read jar: {exc}")]
    sources_path = sources_jar_for(path)
    digest = hashlib.sha256(data)
    sources_data = b""
    if sources_path is not None:
        try:
            sources_data = sources_path.read_bytes()
            digest.update(hashlib.sha256(sources_data).digest())
        except OSError:
            sources_path = None
    key = f"v{CACHE_VERSION}-{digest.hexdigest()}"
    if limits != DEFAULT_LIMITS:  # other caps read other entries
        key += "-" + hashlib.sha256(repr(limits).encode()).hexdigest()[:12]
    cache_file = Path(cache_dir) / f"{key}.json" if cache_dir is not None else None
    if cache_file is not None:
        cached = _load_cache(cache_file, path)
        if cached is not None:
            return cached
    classes, problems = _read(data, path, limits)
    if sources_data:
        problems.extend(_add_sources(classes, sources_data, sources_path or path, limits))
    if cache_file is not None:
        _store_cache(cache_file, classes, problems, path)
    return classes, problems


def sources_jar_for(path: Path) -> Path | None:
    """``foo.jar`` -> ``foo-sources.jar`` beside it, if present (a sources jar has none itself)."""
    if path.name.endswith("-sources.jar"):
        return None
    candidate = path.with_name(path.name[: -len(".jar")] + "-sources.jar") if path.suffix == ".jar" else None
    return candidate if candidate is not None and candidate.is_file() else None


def _read(data: bytes, path: Path, limits: JarLimits) -> tuple[list[JarClass], list[IndexProblem]]:
    problems: list[IndexProblem] = []
    budget = _Budget(limits.class_entry, limits.class_total, "class file")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = archive.infolist()
    except _ZIP_ERRORS as exc:
        return [], [IndexProblem(path=str(path), kind="jar", message=f"not a readable jar: {exc}")]
    classes: list[JarClass] = []
    with archive:
        for number, entry in enumerate(entries):
            name = entry.filename
            if not name.endswith(".class") or name.startswith("META-INF/"):
                continue  # META-INF/versions/* are alternates of classes read anyway
            try:
                raw = budget.read(archive, entry)
            except _OverLimit as exc:
                if budget.exhausted:
                    problems.append(_stopped(path, exc, entries[number:], ".class"))
                    break
                problems.append(_problem(path, name, str(exc)))
                continue
            except _ZIP_ERRORS as exc:
                problems.append(_problem(path, name, f"cannot extract: {exc}"))
                continue
            try:
                jar_class = parse_class(raw)
            except _CLASS_ERRORS as exc:
                problems.append(_problem(path, name, f"corrupt class file: {exc}"))
                continue
            if jar_class is not None:
                jar_class.jar = str(path)
                classes.append(jar_class)
    classes.sort(key=lambda c: c.fqn)
    return classes, problems


def _problem(path: Path, entry: str, message: str) -> IndexProblem:
    return IndexProblem(path=f"{path}!{entry}", kind="jar", message=message)


def _stopped(path: Path, exc: _OverLimit, rest: list[zipfile.ZipInfo], suffix: str) -> IndexProblem:
    skipped = sum(1 for e in rest if e.filename.endswith(suffix))
    return IndexProblem(
        path=str(path), kind="jar", message=f"stopped reading: {exc}; {skipped:,} entries skipped"
    )


# --- Javadoc and parameter names from a sources jar ----------------------------------------------


def _add_sources(
    classes: list[JarClass], sources: bytes, sources_path: Path, limits: JarLimits
) -> list[IndexProblem]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(sources))
        infos = {info.filename: info for info in archive.infolist()}
    except _ZIP_ERRORS as exc:
        return [
            IndexProblem(path=str(sources_path), kind="jar", message=f"not a readable sources jar: {exc}")
        ]
    problems: list[IndexProblem] = []
    budget = _Budget(limits.source_entry, limits.source_total, "source file")
    parsed: dict[str, dict[str, JavaClassInfo]] = {}
    with archive:
        for jar_class in classes:
            top = jar_class.fqn.split("$", 1)[0]
            entry = top.replace(".", "/") + ".java"
            if entry not in infos:
                continue
            if entry not in parsed:
                info = None
                try:
                    if not budget.exhausted:
                        info = parse_java(budget.read(archive, infos[entry]), entry)
                except _OverLimit as exc:  # named in the message: callers keep only the jar's path
                    later = "; it and later ones skipped" if budget.exhausted else ""
                    problems.append(
                        _problem(sources_path, entry, f"{sources_path.name}!{entry}: {exc}{later}")
                    )
                except _ZIP_ERRORS:
                    pass
                parsed[entry] = {c.fqn: c for c in info.classes} if info is not None else {}
            source = parsed[entry].get(jar_class.fqn.replace("$", "."))
            if source is not None:
                _copy_source_facts(jar_class, source)
    return problems


def _copy_source_facts(jar_class: JarClass, source: JavaClassInfo) -> None:
    jar_class.javadoc = source.javadoc
    by_shape: dict[tuple[str, tuple[str, ...]], MethodInfo] = {}
    for method in source.methods:
        by_shape.setdefault((method.name, tuple(_erased(p.type) for p in method.parameters)), method)
    for method in jar_class.methods:
        match = by_shape.get((method.name, tuple(_erased(t) for t in method.parameter_types)))
        if match is None:
            continue
        method.javadoc = match.javadoc
        if not method.parameter_names:
            method.parameter_names = [p.name for p in match.parameters]


def erase_generics(type_text: str) -> str:
    """``java.util.List<com.x.A>`` -> ``java.util.List``; arrays kept."""
    depth, out = 0, []
    for ch in type_text:
        if ch == "<":
            depth += 1
        elif ch == ">":
            depth -= 1
        elif depth == 0:
            out.append(ch)
    return "".join(out).strip()


def _erased(type_text: str) -> str:
    """``java.util.List<X>`` and ``List<Y>`` both -> ``List``; arrays and varargs kept."""
    base = "".join(erase_generics(type_text).split()).replace("...", "[]")
    return base.rsplit(".", 1)[-1] if not base.endswith("[]") else base[:-2].rsplit(".", 1)[-1] + "[]"


# --- cache ---------------------------------------------------------------------------------------


def _load_cache(cache_file: Path, path: Path) -> tuple[list[JarClass], list[IndexProblem]] | None:
    try:
        payload = json.loads(cache_file.read_text(encoding="utf-8"))
        classes = [_jar_class(item, path) for item in payload["classes"]]
        problems = [
            IndexProblem(path=f"{path}{suffix}", kind="jar", message=message)
            for suffix, message in payload["problems"]
        ]
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("ignoring unreadable jar cache %s: %s", cache_file, exc)
        return None
    return classes, problems


def _jar_class(item: dict, path: Path) -> JarClass:
    item = dict(item)
    item["methods"] = [JarMethod(**m) for m in item.get("methods", [])]
    item["fields"] = [Parameter(**f) for f in item.get("fields", [])]
    item["jar"] = str(path)
    return JarClass(**item)


def _store_cache(cache_file: Path, classes: list[JarClass], problems: list[IndexProblem], path: Path) -> None:
    prefix = str(path)
    payload = {
        "classes": [asdict(c) for c in classes],
        "problems": [
            [p.path[len(prefix) :] if p.path.startswith(prefix) else "", p.message] for p in problems
        ],
    }
    tmp = None
    try:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=cache_file.parent, prefix=".jar-", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(payload, handle)
        os.replace(tmp, cache_file)  # atomic: concurrent readers see the old file or the whole new one
    except OSError as exc:
        log.warning("cannot write jar cache %s: %s", cache_file, exc)
        if tmp is not None and os.path.exists(tmp):
            os.unlink(tmp)
