"""Every CLI failure the user can meet ends in one ``error: …`` line and a non-zero exit, no traceback.

Real conditions, not fakes: a read-only bind mount, a tiny tmpfs that fills up, a port already in use,
damaged SQLite files, case files with wrong JSON types.  Mounting needs root (CI runs as root); the
tests that mount are skipped with the reason when it is refused.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from ormb_assist.cli import main
from ormb_assist.harvest import HarvestEvent, HarvestStore

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "examples" / "workspace"
CLI = [sys.executable, "-c", "import sys; from ormb_assist.cli import main; sys.exit(main())"]


def _mount(args: list[str], target: Path) -> None:
    done = subprocess.run(["mount", *args, str(target)], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount here ({done.stderr.strip() or done.returncode}); needs root")


def _umount(target: Path) -> None:
    subprocess.run(["umount", "-l", str(target)], check=False, capture_output=True)


@pytest.fixture
def read_only_workspace(tmp_path: Path) -> Iterator[Path]:
    """A small workspace (no index yet) on a read-only bind mount."""
    workspace = tmp_path / "ro"
    (workspace / "db").mkdir(parents=True)
    shutil.copy(SAMPLE / "db" / "02_billing.sql", workspace / "db")
    _mount(["--bind", "-o", "ro", str(workspace)], workspace)
    try:
        yield workspace
    finally:
        _umount(workspace)


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    """A 64 KiB tmpfs, nearly full already."""
    disk = tmp_path / "full"
    disk.mkdir()
    _mount(["-t", "tmpfs", "-o", "size=64k", "tmpfs"], disk)
    try:
        with (disk / "ballast").open("wb") as fh:
            fh.write(b"\0" * 40_000)
        yield disk
    finally:
        _umount(disk)


def _run(*args: str) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args])


def _clean_error(result: Result, *fragments: str) -> str:
    """The command failed with a message, not with an exception escaping click."""
    assert result.exit_code not in (0, None), result.output
    assert isinstance(result.exception, SystemExit), f"{type(result.exception).__name__}: {result.exception}"
    text = result.output
    assert "Traceback" not in text
    assert any(line.startswith("error: ") for line in text.splitlines()), text  # one uniform format
    for fragment in fragments:
        assert fragment.lower() in text.lower(), text
    return text


def _store(path: Path, events: int = 40, size: int = 400) -> Path:
    store = HarvestStore(path)
    for n in range(events):
        store.record(HarvestEvent(kind="accepted", item_id=str(n), file=f"src/A{n}.java", prefix="int a = ",
                                  suffix=";", suggestion=f"compute{n}() + " + "x" * size))  # fmt: skip
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


# ---- read-only workspace ------------------------------------------------------------------------
def test_index_of_a_read_only_workspace(read_only_workspace: Path) -> None:
    _clean_error(_run("index", read_only_workspace), "read-only file system", str(read_only_workspace))


def test_resolve_and_dataset_on_a_read_only_workspace(read_only_workspace: Path, tmp_path: Path) -> None:
    _clean_error(_run("resolve", "-w", read_only_workspace, "stamp the bill"), "read-only")
    _clean_error(_run("dataset", "-w", read_only_workspace, "--out", tmp_path / "ds"), "read-only")


def test_harvest_export_into_a_read_only_folder(read_only_workspace: Path, tmp_path: Path) -> None:
    store = _store(tmp_path / "h.sqlite", events=2)
    _clean_error(_run("harvest", "export", "--store", store, read_only_workspace / "out.jsonl"), "read-only")


# ---- disk full ----------------------------------------------------------------------------------
def test_harvest_export_into_a_full_disk_leaves_nothing_behind(full_disk: Path, tmp_path: Path) -> None:
    store = _store(tmp_path / "h.sqlite", events=200)
    _clean_error(
        _run("harvest", "export", "--store", store, full_disk / "events.jsonl"),
        "no space left",
        "disk is full",
    )
    assert sorted(p.name for p in full_disk.iterdir()) == ["ballast"]  # no events.jsonl.tmp


def test_dataset_into_a_full_disk_leaves_no_tmp_files(full_disk: Path, tmp_path: Path) -> None:
    store = HarvestStore(tmp_path / "h.sqlite")
    for n in range(60):
        store.record(HarvestEvent(kind="accepted", item_id=str(n), file=f"src/A{n}.java", prefix=f"int a{n} = " * 40,
                                  suffix=";", suggestion=f"compute{n}(bill, account{n}) + {n * 7}"))  # fmt: skip
    _clean_error(_run("dataset", "--harvest", store.path, "--out", full_disk / "ds"), "no space left")
    assert not list((full_disk / "ds").glob("*.tmp")) and not list((full_disk / "ds").glob(".*.tmp"))


def test_index_into_a_full_disk(full_disk: Path, tmp_path: Path) -> None:
    workspace = tmp_path / "ws"
    shutil.copytree(SAMPLE / "src" / "cm" / "com" / "splwg" / "cm" / "domain" / "billing", workspace / "src")
    _clean_error(_run("index", workspace, "--index-dir", full_disk / "idx"), "no space left")


# ---- ports and log folders ----------------------------------------------------------------------
def test_bad_ports_are_usage_errors() -> None:
    for args in (["serve-model", "--base", "m", "--port", "70000"], ["serve-model", "--base", "m", "--port", "-1"],
                 ["serve", "--tcp", "127.0.0.1:70000"], ["serve", "--tcp", "127.0.0.1:http"]):  # fmt: skip
        result = _run(*args)
        assert result.exit_code == 2 and isinstance(result.exception, SystemExit), (args, result.output)
        assert "Traceback" not in result.output and (
            "port" in result.output.lower() or "--tcp" in result.output
        )


def test_serve_on_a_port_in_use_is_a_clean_error(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run([*CLI, "serve", "--tcp", f"127.0.0.1:{port}"], capture_output=True, text=True,
                              timeout=120, stdin=subprocess.DEVNULL, cwd=tmp_path)  # fmt: skip
    assert done.returncode == 1, done.stderr[-2000:]
    assert "Traceback" not in done.stderr and "error: " in done.stderr
    assert "port is already in use" in done.stderr


def test_serve_makes_a_missing_log_folder_and_reports_an_impossible_one(tmp_path: Path) -> None:
    log = tmp_path / "new" / "logs" / "server.log"
    done = subprocess.run([*CLI, "serve", "--log-file", str(log)], capture_output=True, text=True,
                          timeout=120, stdin=subprocess.DEVNULL, cwd=tmp_path)  # fmt: skip
    assert "Traceback" not in done.stderr and log.parent.is_dir(), done.stderr[-2000:]
    result = _run("serve", "--log-file", "/dev/null/server.log")
    _clean_error(result, "/dev/null")


# ---- damaged harvest stores ---------------------------------------------------------------------
@pytest.fixture(params=["garbage", "truncated"])
def damaged_store(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    path = tmp_path / "h.sqlite"
    if request.param == "garbage":
        path.write_bytes(os.urandom(9000))
    else:
        _store(path, events=120)
        with path.open("r+b") as fh:
            fh.truncate(path.stat().st_size // 3)
    return path


def test_damaged_harvest_store_is_a_clean_error_everywhere(damaged_store: Path, tmp_path: Path) -> None:
    _clean_error(_run("harvest", "stats", "--store", damaged_store), str(damaged_store))
    _clean_error(
        _run("harvest", "export", "--store", damaged_store, tmp_path / "out.jsonl"), str(damaged_store)
    )
    assert not (tmp_path / "out.jsonl").exists() and not (tmp_path / "out.jsonl.tmp").exists()
    _clean_error(_run("dataset", "--harvest", damaged_store, "--out", tmp_path / "ds"), str(damaged_store))


# ---- case files with wrong types ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("command", "case", "field"),
    [
        ("generate", {"id": "a", "objective": 5}, "objective"),
        ("generate", {"id": "a", "objective": "x", "expected_tables": "CI_BILL"}, "expected_tables"),
        ("generate", {"id": 7, "objective": "x"}, "id"),
        ("behaviour", {"id": "a", "objective": ["x"]}, "objective"),
        ("complete", {"id": "a", "path": "A.java", "text": 5, "expected": ["x"]}, "text"),
        ("complete", {"id": "a", "path": "A.java", "text": "a<|cursor|>", "expected": "CI_BILL"}, "expected"),
        ("complete", {"id": "a", "text": "a<|cursor|>", "expected": ["x"]}, "path"),
        (
            "retrieval",
            {"id": "a", "objective": "x", "expected_spot": "S", "expected_tables": [1]},
            "expected_tables",
        ),
    ],
)
def test_case_files_with_wrong_types(tmp_path: Path, command: str, case: dict, field: str) -> None:
    cases = tmp_path / "cases.jsonl"
    cases.write_text(json.dumps(case) + "\n", encoding="utf-8")
    workspace = tmp_path / "ws"
    workspace.mkdir()
    _clean_error(_run("eval", command, "-w", workspace, "--cases", cases), f"'{field}'", str(cases))


# ---- the edge itself ----------------------------------------------------------------------------
def test_unexpected_errors_are_one_line_and_debug_shows_the_traceback(tmp_path: Path) -> None:
    """A bug still ends in one line; --debug (or ORMB_ASSIST_DEBUG=1) shows its traceback."""
    folder = tmp_path / "store-is-a-folder"
    folder.mkdir()
    done = subprocess.run([*CLI, "harvest", "stats", "--store", str(folder / "x.sqlite")], capture_output=True,
                          text=True, timeout=120)  # fmt: skip
    assert done.returncode == 1 and "Traceback" not in done.stderr and done.stderr.startswith("error: ")
    (folder / "x.sqlite").write_bytes(b"not sqlite" * 100)
    done = subprocess.run([*CLI, "harvest", "stats", "--store", str(folder / "x.sqlite")], capture_output=True,
                          text=True, timeout=120)  # fmt: skip
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    assert "not a readable harvest store" in done.stderr
    debug = subprocess.run([*CLI, "--debug", "harvest", "stats", "--store", str(folder / "x.sqlite")],
                           capture_output=True, text=True, timeout=120)  # fmt: skip
    assert debug.returncode == 1 and "Traceback" in debug.stderr
