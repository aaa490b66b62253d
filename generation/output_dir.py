"""Where ``ormb-assist generate --out DIR`` writes: relative to the workspace, into its source root.

``--out src`` used to mean ``./src`` (the shell's folder) and dropped the workspace's ``src/cm``
source root, so the class landed where javac and the index never look.  A relative ``--out`` is
now read against the workspace root; when it names the source root the pipeline planned for the
class (``rel_path`` = ``<source root>/<package path>/<Class>.java``) or a folder above it, the class
goes into that source root.  An absolute ``--out`` is taken as given.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath


def source_root(rel_path: str, package: str) -> str | None:
    """The workspace-relative source root of a planned class path ("src/cm"), or None when the
    path does not end in the package folders (or names no folder above them)."""
    if not rel_path:
        return None
    folder = PurePosixPath(rel_path).parent
    parts = [p for p in package.split(".") if p]
    if parts and tuple(folder.parts[-len(parts) :]) != tuple(parts):
        return None
    root = PurePosixPath(*folder.parts[: len(folder.parts) - len(parts)]) if parts else folder
    return root.as_posix()


def resolve_out(out: Path, workspace: Path, rel_path: str, package: str) -> Path:
    """The folder under which ``<package path>/<Class>.java`` is written for ``--out out``."""
    if out.expanduser().is_absolute():
        return out.expanduser()
    target = Path(workspace) / out
    root = source_root(rel_path, package)
    if root is None:
        return target
    planned = Path(workspace) / root
    try:
        planned.relative_to(target)  # `--out src` or `--out .` for a class planned in src/cm
    except ValueError:
        return target
    return planned
