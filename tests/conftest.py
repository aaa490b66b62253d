"""Shared fixtures: the sample ORMB workspace, copied or indexed once, and the fixtures folder.

``indexed_workspace`` is built once per test session (real tree-sitter, real LanceDB on disk, the
real packaged embedding model) and shared by every module: treat it as read-only.  Tests that
change files use ``sample_workspace`` (a fresh copy each) and build their own index.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
EXAMPLE_WORKSPACE = REPO / "examples" / "workspace"


def copy_example_workspace(dest: Path) -> Path:
    """A copy of examples/workspace without any index folder; fails loudly if the sample is missing."""
    if not (EXAMPLE_WORKSPACE / "src").is_dir() or not any(EXAMPLE_WORKSPACE.rglob("*.java")):
        pytest.fail(f"the sample workspace {EXAMPLE_WORKSPACE} is missing or has no Java sources")
    shutil.copytree(EXAMPLE_WORKSPACE, dest, ignore=shutil.ignore_patterns(".ormb-assist"), symlinks=True)
    return dest


def prebuilt_copy(dest: Path, index_dir: Path) -> Path:
    """A copy of the sample workspace plus a copy of an index built from identical files, so a later
    build finds nothing to do (copy2 keeps sizes and mtimes)."""
    copy_example_workspace(dest)
    shutil.copytree(index_dir, dest / ".ormb-assist")
    return dest


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return REPO / "tests" / "fixtures"


@pytest.fixture
def sample_workspace(tmp_path: Path) -> Path:
    """A private copy of examples/workspace (no index yet) that the test may change."""
    return copy_example_workspace(tmp_path / "workspace")


@pytest.fixture(scope="session")
def indexed_workspace(tmp_path_factory: pytest.TempPathFactory):
    """The sample workspace indexed once for the whole session (read-only by convention)."""
    from ormb_assist.indexer.workspace import WorkspaceIndex

    workspace = copy_example_workspace(tmp_path_factory.mktemp("indexed") / "workspace")
    index = WorkspaceIndex.open(workspace)
    summary = index.build()
    assert summary.files_indexed > 0 and summary.spots > 0 and summary.tables > 0, summary
    return index


@pytest.fixture
def prebuilt_workspace(sample_workspace: Path, indexed_workspace) -> Path:
    """``sample_workspace`` with a copy of the session index beside it: a later ``build`` finds every
    file unchanged (same content, size and mtime), so tests pay only for what they change."""
    shutil.copytree(indexed_workspace.index_dir, sample_workspace / ".ormb-assist")
    return sample_workspace
