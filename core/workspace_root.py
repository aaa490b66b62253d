"""Which folder is the ORMB workspace: one answer for the command line, the server and the editors.

Editors root a server at the opened file's folder when they see no ``.git`` or ``pom.xml``; such a
folder has no framework jars and no DDL, so the index is empty, and the ``.ormb-assist`` written
there kept pinning the wrong root.  The rule, used everywhere:

1. a folder that itself holds jars or DDL (at most two levels down) is the workspace;
2. otherwise walk up: the nearest folder matching a *content* marker (one that names jars or DDL,
   such as ``lib/*.jar`` or ``db/*.sql``) wins, so a stray index in a source folder never pins the
   root; failing that, the nearest folder matching any marker (an earlier index, a ``src`` tree such
   as ``src/cm``: the folder above a source tree, never a source folder itself);
3. otherwise there is no workspace: the caller warns, and no index is created in that folder.

The editor clients (editors/neovim, editors/emacs) walk up for the same default markers.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

# Globs relative to a candidate folder (the `rootMarkers` setting).  Keep in step with the defaults
# in editors/neovim/lua/ormb_assist/init.lua and editors/emacs/ormb-assist.el.
DEFAULT_ROOT_MARKERS: tuple[str, ...] = (
    "lib/*.jar",
    "db/*.sql",
    "db/*.ddl",
    ".ormb-assist/meta.json",
    "src",
)
CONTENT_SUFFIXES = (".jar", ".sql", ".ddl")
_SKIPPED = frozenset({".git", ".hg", ".svn", ".ormb-assist", "node_modules", "target", "build", ".venv"})


@dataclass(frozen=True)
class RootChoice:
    """The workspace folder for a start path, and the evidence behind it."""

    path: Path  # the workspace root (the start folder when none was found)
    start: Path  # the folder the search started from
    marker: str  # what matched: a marker glob, "jars or DDL", or "" when nothing did
    has_content: bool  # jars or DDL at the root: completion of tables and generation need them

    @property
    def found(self) -> bool:
        return bool(self.marker)

    @property
    def moved(self) -> bool:
        return self.path != self.start


def is_content_marker(marker: str) -> bool:
    """A marker that names jars or DDL (evidence of a workspace, not just of a source tree)."""
    return marker.lower().rstrip("/").endswith(CONTENT_SUFFIXES)


def marker_matches(folder: Path, marker: str) -> bool:
    marker = marker.strip().strip("/")
    if not marker:
        return False
    if any(ch in marker for ch in "*?["):
        try:
            return next(iter(folder.glob(marker)), None) is not None
        except (OSError, ValueError):
            return False
    return (folder / marker).exists()


def has_jars_or_ddl(folder: Path, depth: int = 2) -> bool:
    """True when ``folder`` holds a ``.jar``, ``.sql`` or ``.ddl`` file at most ``depth`` levels down."""
    pending = [(folder, 0)]
    while pending:
        current, level = pending.pop()
        try:
            with os.scandir(current) as entries:
                for entry in entries:
                    try:
                        if entry.is_file() and entry.name.lower().endswith(CONTENT_SUFFIXES):
                            return True
                        if level < depth - 1 and entry.is_dir() and entry.name not in _SKIPPED:
                            pending.append((Path(entry.path), level + 1))
                    except OSError:
                        continue
        except OSError:
            continue
    return False


def _start_folder(start: Path) -> Path:
    start = Path(os.path.abspath(Path(start).expanduser()))
    return start if start.is_dir() or not start.exists() and not start.suffix else start.parent


def _ancestors(folder: Path) -> Iterable[Path]:
    """``folder`` and its parents, without the file-system root and the home folder (a stray jar
    in ``~/lib`` must not make the whole home folder a workspace)."""
    home = Path(os.path.abspath(Path.home()))
    for candidate in (folder, *folder.parents):
        if candidate.parent == candidate or (candidate == home and folder != home):
            continue
        yield candidate


def find_workspace_root(start: Path, markers: Sequence[str] | None = None) -> RootChoice:
    """The ORMB workspace that holds ``start`` (a file or a folder); see the module docstring."""
    markers = [m for m in (DEFAULT_ROOT_MARKERS if markers is None else markers) if m.strip()]
    folder = _start_folder(start)
    if has_jars_or_ddl(folder):
        return RootChoice(folder, folder, "jars or DDL", True)
    content = [m for m in markers if is_content_marker(m)]
    weak: RootChoice | None = None
    for candidate in _ancestors(folder):
        hit = next((m for m in content if marker_matches(candidate, m)), None)
        if hit:
            return RootChoice(candidate, folder, hit, True)
        if weak is None:
            other = next((m for m in markers if m not in content and marker_matches(candidate, m)), None)
            if other:
                weak = RootChoice(candidate, folder, other, has_jars_or_ddl(candidate))
    return weak or RootChoice(folder, folder, "", False)


def index_refusal(choice: RootChoice, index_dir_set: bool = False) -> str | None:
    """Why no index may be created at ``choice.path`` (None: it may).  An index is only ever
    written where a workspace was found, or where the user put it explicitly (``indexDir``)."""
    if index_dir_set or choice.found:
        return None
    return (
        f"no ORMB workspace found at {choice.start} or above it, so no index is created there "
        f"(it would land in a source folder). {WORKSPACE_FIX}"
    )


WORKSPACE_FIX = (
    "Open (or pass --workspace) the folder that holds the framework jars and the DDL, e.g. lib/*.jar "
    "and db/*.sql (docs/your-workspace.md), or add your layout to the rootMarkers setting "
    '(e.g. "jars/*.jar").'
)


def no_content_warning(choice: RootChoice) -> str | None:
    """A warning for a root without jars or DDL (tables, spots and generation will be empty)."""
    if choice.has_content:
        return None
    return (
        f"{choice.path} holds no framework jars and no DDL: table completion, spots and generation "
        f"will be empty. {WORKSPACE_FIX}"
    )


def cli_workspace(given: Path | None, markers: Sequence[str] | None = None,
                  index_dir_set: bool = False) -> tuple[Path, str]:  # fmt: skip
    """The workspace for a command: ``--workspace`` (or the current folder) moved up to the
    workspace that holds it; returns ``(root, note)`` where ``note`` says why it moved ("" if not).
    Raises :class:`~ormb_assist.errors.UserError` when there is none and no index may be created."""
    from ormb_assist.errors import UserError

    choice = find_workspace_root(Path.cwd() if given is None else given, markers)
    refusal = index_refusal(choice, index_dir_set)
    if refusal:
        raise UserError(refusal)
    note = ""
    if choice.moved:
        note = f"workspace root: {choice.path} (it has {choice.marker}); {choice.start} is inside it"
    return choice.path, note
