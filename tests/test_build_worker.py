"""Full builds in a child process (the language server's way): the parent only opens the result."""

from __future__ import annotations

import os
from pathlib import Path

import psutil
import pytest

from ormb_assist.indexer.build_worker import BuildWorkerError
from ormb_assist.indexer.workspace import WorkspaceIndex
from ormb_assist.settings import Settings

JAVA = """package com.example;

/** Stops a bill whose total is above the limit. */
public class CmBillLimitCheck {
    public void invoke() {
        createPreparedStatement("SELECT BILL_ID FROM CI_BILL WHERE BILL_ID = :billId", "x");
    }
}
"""
DDL = "CREATE TABLE CI_BILL (BILL_ID CHAR(12) PRIMARY KEY, BILL_STAT_FLG CHAR(2));\n"


def _small_workspace(root: Path) -> Path:
    (root / "src" / "com" / "example").mkdir(parents=True)
    (root / "src" / "com" / "example" / "CmBillLimitCheck.java").write_text(JAVA)
    (root / "db").mkdir()
    (root / "db" / "bill.sql").write_text(DDL)
    return root


def test_an_isolated_first_build_runs_in_a_child_and_the_parent_opens_its_result(tmp_path: Path) -> None:
    workspace = _small_workspace(tmp_path / "ws")
    (workspace / "db" / "broken.sql").write_bytes(b"\x00\x01 binary")  # a problem the child finds
    index = WorkspaceIndex.open(workspace)
    index.isolate_full_builds = True
    seen: list[str] = []
    summary = index.build(progress=lambda stage, done, total: seen.append(stage))

    assert index.last_build_pid not in (0, os.getpid())
    assert (
        not psutil.pid_exists(index.last_build_pid)
        or psutil.Process(index.last_build_pid).status() == "zombie"
    )
    assert summary.files_indexed >= 2 and summary.chunks > 0 and seen  # progress relayed from the child
    assert "com.example.CmBillLimitCheck" in index.classes and "CI_BILL" in index.tables
    assert any(p.path == "db/broken.sql" for p in index.problems)  # the child's problems kept
    hits = index.search("bill total above the limit", kinds=["class"], k=3)
    assert hits and hits[0].fqn == "com.example.CmBillLimitCheck"

    # One-file re-index and incremental builds stay in this process (the fast path).
    path = workspace / "src" / "com" / "example" / "CmBillLimitCheck.java"
    index.update_file(path, JAVA.replace("CmBillLimitCheck {", "CmBillLimitCheck {\n    int zebra;"))
    assert "zebra" in {f.name for f in index.classes["com.example.CmBillLimitCheck"].fields}
    (workspace / "db" / "more.sql").write_text("CREATE TABLE CI_MORE (MORE_ID CHAR(10));\n")
    summary = index.build()  # the new DDL file, and the buffer's file read from disk again
    assert summary.files_indexed == 2 and not summary.rebuilt and index.last_build_pid == os.getpid()
    assert "CI_MORE" in index.tables

    # A full rebuild goes back to a child; the reopened parent sees everything again.
    assert index.build(full=True).files_indexed >= 3 and index.last_build_pid != os.getpid()
    assert {"CI_BILL", "CI_MORE"} <= set(index.tables)


def test_a_failing_worker_is_an_error_in_the_parent(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    workspace = _small_workspace(tmp_path / "ws")
    index = WorkspaceIndex.open(workspace, Settings(embedding_model=str(tmp_path / "no-model")))
    index.isolate_full_builds = True
    monkeypatch.setenv("ORMB_ASSIST_EMBEDDING_BACKEND", "onnx")  # no torch fallback: fail at once
    with pytest.raises(BuildWorkerError, match="index build worker failed"):
        index.build()
