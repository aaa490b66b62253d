"""Index durability: an interrupted build is never topped up, damaged components heal, ``doctor`` repairs.

Each test works on a small real workspace (a DDL file and the sample's billing algorithms, real
tree-sitter, real embedding model, real LanceDB on disk), built once per module and copied per test.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import lancedb
import numpy as np
import pytest
from click.testing import CliRunner

from ormb_assist.cli import main
from ormb_assist.harvest import HarvestEvent, HarvestStore
from ormb_assist.indexer.store import META_FILE, IndexStore
from ormb_assist.indexer.workspace import WorkspaceIndex

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "examples" / "workspace"

# Runs the real `ormb-assist index` in this process, killed with SIGKILL at the worst moment: after
# the chunks were written and before the files table is.
_KILLED_INDEX = """
import os, signal, sys
from ormb_assist.indexer.store import IndexStore
IndexStore.write_files = lambda *a, **k: os.kill(os.getpid(), signal.SIGKILL)
from ormb_assist.cli import main
main(["index", *sys.argv[1:]])
"""


def _small_workspace(dest: Path) -> Path:
    (dest / "db").mkdir(parents=True)
    shutil.copy(SAMPLE / "db" / "02_billing.sql", dest / "db")
    shutil.copytree(
        SAMPLE / "src" / "cm" / "com" / "splwg" / "cm" / "domain" / "billing", dest / "src" / "billing"
    )
    return dest


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """A small workspace indexed once; (workspace, chunk count of a clean build)."""
    workspace = _small_workspace(tmp_path_factory.mktemp("durable") / "ws")
    summary = WorkspaceIndex.open(workspace).build()
    assert summary.chunks > 50 and summary.files_indexed == 12
    return workspace, summary.chunks


@pytest.fixture
def workspace(built: tuple[Path, int], tmp_path: Path) -> Path:
    return Path(shutil.copytree(built[0], tmp_path / "ws"))


def _chunk_ids(workspace: Path) -> list[str]:
    db = lancedb.connect(str(workspace / ".ormb-assist" / "lance"))
    return db.open_table("chunks").to_arrow().column("id").to_pylist()


def _index_cli(workspace: Path, *args: str) -> dict:
    result = CliRunner().invoke(main, ["index", str(workspace), "--json", *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.output.strip().splitlines()[-1])


@pytest.mark.parametrize("full", [False, True], ids=["first-build", "full-rebuild"])
def test_build_killed_between_chunks_and_files_is_rebuilt_not_duplicated(
    built: tuple[Path, int], tmp_path: Path, full: bool
) -> None:
    expected = built[1]
    if full:  # a complete index, then `index --full` killed half-way
        workspace = Path(shutil.copytree(built[0], tmp_path / "ws"))
    else:  # the very first build killed half-way
        workspace = _small_workspace(tmp_path / "ws")
    killed = subprocess.run(
        [sys.executable, "-c", _KILLED_INDEX, str(workspace), *(["--full"] if full else [])],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert killed.returncode == -9, killed.stderr[-2000:]
    assert len(_chunk_ids(workspace)) >= expected  # the chunks were on disk when it died

    summary = _index_cli(workspace)
    ids = _chunk_ids(workspace)
    assert len(ids) == len(set(ids)) == expected  # every chunk once, none missing
    assert summary["rebuilt"] is True and summary["files_indexed"] == summary["files_seen"]
    again = _index_cli(workspace)
    assert again["files_unchanged"] == again["files_seen"] and again["chunks"] == expected


def test_ctrl_c_during_full_build_leaves_an_index_that_is_rebuilt(
    workspace: Path, built: tuple[Path, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(IndexStore, "write_files", interrupted)
    with pytest.raises(KeyboardInterrupt):
        WorkspaceIndex.open(workspace).build(full=True)
    monkeypatch.undo()
    index = WorkspaceIndex.open(workspace)
    summary = index.build()
    ids = _chunk_ids(workspace)
    assert len(ids) == len(set(ids)) == built[1]
    assert summary.rebuilt and summary.files_indexed == summary.files_seen


def test_incremental_build_cut_short_on_an_empty_index_adds_no_duplicates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An index of an empty workspace, then files added and the build cut after the chunk writes."""
    workspace = tmp_path / "ws"
    workspace.mkdir()
    WorkspaceIndex.open(workspace).build()
    _small_workspace(tmp_path / "src")
    shutil.copytree(tmp_path / "src", workspace, dirs_exist_ok=True)
    monkeypatch.setattr(IndexStore, "write_files", lambda *a, **k: (_ for _ in ()).throw(KeyboardInterrupt))
    with pytest.raises(KeyboardInterrupt):
        WorkspaceIndex.open(workspace).build()
    monkeypatch.undo()
    WorkspaceIndex.open(workspace).build()
    ids = _chunk_ids(workspace)
    assert ids and len(ids) == len(set(ids))


def _warnings(caplog: pytest.LogCaptureFixture) -> str:
    return "\n".join(r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING)


def test_wrong_dim_in_meta_is_detected_and_rebuilt(
    workspace: Path, built: tuple[Path, int], caplog: pytest.LogCaptureFixture
) -> None:
    meta_path = workspace / ".ormb-assist" / META_FILE
    meta = json.loads(meta_path.read_text())
    meta_path.write_text(json.dumps({**meta, "dim": 128}))
    caplog.set_level(logging.WARNING)
    summary = _index_cli(workspace)
    assert "meta.json says dim 128, the chunks table stores 384" in _warnings(caplog)
    assert summary["rebuilt"] is True and summary["chunks"] == built[1]
    assert json.loads(meta_path.read_text())["dim"] == 384
    assert WorkspaceIndex.open(workspace).search("bill segment", k=3)


def _damage(path: Path, at: float = 0.3, size: int = 4096) -> None:
    data = bytearray(path.read_bytes())
    start = int(len(data) * at)
    data[start : start + size] = b"\x07" * min(size, len(data) - start)
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("how", ["overwritten", "truncated"])
def test_damaged_chunk_data_heals_on_first_search(
    workspace: Path, built: tuple[Path, int], caplog: pytest.LogCaptureFixture, how: str
) -> None:
    for data_file in (workspace / ".ormb-assist" / "lance" / "chunks.lance" / "data").glob("*.lance"):
        if how == "truncated":
            with data_file.open("r+b") as fh:
                fh.truncate(1000)
        else:  # the footer and column metadata at the end of the file
            _damage(
                data_file, at=0.0 if data_file.stat().st_size < 8192 else 1 - 4096 / data_file.stat().st_size
            )
    caplog.set_level(logging.WARNING)
    index = WorkspaceIndex.open(workspace)
    hits = index.search("bill segment creation", k=3)
    assert hits, "search should repair the index and answer"
    assert "is damaged" in _warnings(caplog) and "rebuilt" in _warnings(caplog)
    caplog.clear()
    assert WorkspaceIndex.open(workspace).search("bill segment creation", k=3)  # healed on disk
    assert "damaged" not in _warnings(caplog)
    ids = _chunk_ids(workspace)
    assert len(ids) == len(set(ids)) == built[1]


def test_damaged_full_text_index_is_rebuilt_alone(workspace: Path, caplog: pytest.LogCaptureFixture) -> None:
    fts_files = list((workspace / ".ormb-assist" / "lance" / "chunks.lance" / "_indices").rglob("*.lance"))
    assert fts_files
    for path in fts_files:
        with path.open("r+b") as fh:
            fh.truncate(100)
    caplog.set_level(logging.WARNING)
    index = WorkspaceIndex.open(workspace)
    files_version = index.store.files.version
    assert index.search("bill segment creation", k=3)
    assert "full-text index of" in _warnings(caplog)
    assert index.store.files.version == files_version  # the files table was not rewritten
    caplog.clear()
    assert WorkspaceIndex.open(workspace).search("bill segment creation", k=3)
    assert "damaged" not in _warnings(caplog)


def _resolve(workspace: Path) -> dict:
    result = CliRunner().invoke(
        main, ["resolve", "-w", str(workspace), "stamp the invoice number on the bill", "--json"]
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout.splitlines()[-1])


@pytest.mark.parametrize("how", ["truncated", "wrong-dim"])
def test_damaged_resolver_vectors_are_discarded_and_rebuilt(
    workspace: Path, caplog: pytest.LogCaptureFixture, how: str
) -> None:
    expected = _resolve(workspace)["tables"]
    cache = workspace / ".ormb-assist" / "resolver_vectors.npz"
    assert expected and cache.exists()
    if how == "truncated":
        with cache.open("r+b") as fh:
            fh.truncate(cache.stat().st_size // 2)
    else:
        with np.load(cache) as data:
            short = {k: data[k][:10] for k in data.files}
        np.savez(cache, **short)
    caplog.set_level(logging.WARNING)
    assert _resolve(workspace)["tables"] == expected
    assert "vector cache" in _warnings(caplog)
    with np.load(cache) as data:  # rewritten whole and consistent
        assert {data[k].shape for k in data.files} == {(384,)}


def test_doctor_reports_and_repairs_every_component(workspace: Path, built: tuple[Path, int]) -> None:
    index_dir = workspace / ".ormb-assist"
    runner = CliRunner()
    healthy = runner.invoke(main, ["doctor", "-w", str(workspace)])
    assert healthy.exit_code == 0, healthy.output
    # damage: the FTS index, a resolver cache, a store holding a secret recorded before its shape was known,
    # and a second store file that is not SQLite at all
    for path in (index_dir / "lance" / "chunks.lance" / "_indices").rglob("*.lance"):
        path.write_bytes(b"")
    (index_dir / "resolver_vectors.npz").write_bytes(b"PK\x03\x04 not a zip")
    store = HarvestStore(index_dir / "harvest.sqlite")
    store.record(HarvestEvent(kind="accepted", suggestion="ok"))
    import sqlite3

    with sqlite3.connect(index_dir / "harvest.sqlite") as conn:
        conn.execute("UPDATE events SET suggestion = 'String DB_PASSWORD = \"OldLeak99\";'")
    found = runner.invoke(main, ["doctor", "-w", str(workspace), "--json"])
    assert found.exit_code == 1
    report = json.loads(found.stdout.strip().splitlines()[-1])
    broken = {f["component"] for f in report["findings"] if f["problem"]}
    assert broken == {"full-text index", "resolver cache", "harvest secrets"}
    assert "error: 3 problem(s) found (run again with --repair)" in found.output

    fixed = runner.invoke(main, ["doctor", "-w", str(workspace), "--repair", "--json"])
    assert fixed.exit_code == 0, fixed.output
    assert json.loads(fixed.stdout.strip().splitlines()[-1])["ok"] is True
    assert "OldLeak99" not in (index_dir / "harvest.sqlite").read_bytes().decode("latin-1")
    assert WorkspaceIndex.open(workspace).search("bill segment", k=3)

    # a damaged harvest store and an unsealed index: salvaged and rebuilt
    meta = json.loads((index_dir / META_FILE).read_text())
    (index_dir / META_FILE).write_text(json.dumps({**meta, "complete": False}))
    for n in range(200):
        store.record(HarvestEvent(kind="accepted", item_id=str(n), suggestion="x" * 400))
    with sqlite3.connect(index_dir / "harvest.sqlite") as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    _damage(index_dir / "harvest.sqlite", at=0.5, size=8192)
    found = runner.invoke(main, ["doctor", "-w", str(workspace)])
    assert found.exit_code == 1 and "did not finish" in found.output and "malformed" in found.output
    fixed = runner.invoke(main, ["doctor", "-w", str(workspace), "--repair"])
    assert fixed.exit_code == 0, fixed.output
    assert "index rebuilt" in fixed.output and "harvest store salvaged" in fixed.output
    kept = list(HarvestStore(index_dir / "harvest.sqlite").events())
    assert 100 < len(kept) < 201
    assert list(index_dir.glob("harvest.sqlite.corrupt-*"))
    ids = _chunk_ids(workspace)
    assert len(ids) == len(set(ids)) == built[1]
    os.sync()
