"""Find the files a workspace is made of, whatever its folder layout.

A workspace is any folder: jars, ``*.sql`` DDL and Java sources can sit anywhere under it.  The walk
follows symlinked folders (real projects link shared libraries in) but remembers every real path it
entered, so a symlink loop is reported once instead of recursing forever.  Files that cannot be read
as regular files (dangling links, FIFOs, permission errors) become problems, never exceptions, and so
do names that are not valid UTF-8: Python hands those over with lone surrogates that no store,
JSON file or protocol message can encode, so one such name used to crash every build.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from ormb_assist.indexer.models import IndexProblem

# Folders that never hold workspace sources worth indexing (build output, VCS and tool state).
SKIPPED_DIRS = frozenset(
    {
        ".git",
        ".hg",
        ".svn",
        ".idea",
        ".vscode",
        ".gradle",
        ".venv",
        "venv",
        "__pycache__",
        "node_modules",
        "target",
        "build",
        "out",
        "bin",
        ".ormb-assist",
    }
)

JAVA = "java"
DDL = "ddl"
JAR = "jar"
JAR_SOURCES = "jar_sources"  # a *-sources.jar: read together with the jar beside it


@dataclass(frozen=True)
class FoundFile:
    rel: str  # workspace-relative, forward slashes
    path: Path
    kind: str
    size: int
    mtime_ns: int


def kind_of(name: str) -> str | None:
    """Which indexer handles a file name, or None for files the index ignores."""
    lower = name.lower()
    if lower.endswith(".java"):
        return JAVA
    if lower.endswith(".sql"):
        return DDL
    if lower.endswith("-sources.jar"):
        return JAR_SOURCES
    if lower.endswith(".jar"):
        return JAR
    return None


def relative(workspace: Path, path: Path) -> str:
    """Workspace-relative path with forward slashes (the key used everywhere in the index)."""
    try:
        return path.relative_to(workspace).as_posix()
    except ValueError:
        return path.as_posix()


def printable(text: str) -> str:
    """A path from ``os`` with undecodable bytes (lone surrogates) shown as ``\\xNN`` escapes."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _is_utf8(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir(follow_symlinks=True)
    except OSError:
        return False


def discover(workspace: Path, skip: list[Path] | None = None) -> tuple[list[FoundFile], list[IndexProblem]]:
    """Walk ``workspace`` and return the indexable files (sorted by path) and the problems met.

    ``skip`` lists extra folders to leave out (the index folder when it lives inside the workspace).
    """
    workspace = Path(workspace)
    skip_real = {os.path.realpath(p) for p in (skip or [])}
    found: list[FoundFile] = []
    problems: list[IndexProblem] = []
    visited: set[str] = set()

    def walk(directory: Path) -> None:
        real = os.path.realpath(directory)
        if real in visited:
            problems.append(
                IndexProblem(
                    relative(workspace, directory),
                    "symlink_loop",
                    "folder already indexed through another path (symlink loop or duplicate link); not followed",
                )
            )
            return
        visited.add(real)
        try:
            entries = sorted(os.scandir(directory), key=lambda e: e.name)
        except OSError as exc:
            problems.append(
                IndexProblem(
                    relative(workspace, directory), "unreadable", f"cannot list folder: {exc.strerror or exc}"
                )
            )
            return
        for entry in entries:
            path = Path(entry.path)
            rel = relative(workspace, path)
            if not _is_utf8(entry.name):
                if kind_of(entry.name) is not None or _is_dir(entry):
                    problems.append(
                        IndexProblem(
                            printable(rel),
                            "encoding",
                            "name is not valid UTF-8 (bytes shown as \\xNN); skipped: rename it to index it",
                        )
                    )
                continue
            if _is_dir(entry):
                if entry.name in SKIPPED_DIRS or os.path.realpath(path) in skip_real:
                    continue
                walk(path)
                continue
            kind = kind_of(entry.name)
            if kind is None:
                continue
            try:
                st = os.stat(path)
            except OSError as exc:
                reason = "broken symlink" if entry.is_symlink() else (exc.strerror or str(exc))
                problems.append(IndexProblem(rel, "unreadable", f"cannot read file: {reason}"))
                continue
            if not stat.S_ISREG(st.st_mode):
                problems.append(
                    IndexProblem(rel, "unreadable", "not a regular file (device, FIFO or socket); skipped")
                )
                continue
            found.append(FoundFile(rel, path, kind, st.st_size, st.st_mtime_ns))

    walk(workspace)
    found.sort(key=lambda f: f.rel)
    return found, problems
