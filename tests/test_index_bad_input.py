"""Bad input in a workspace: each kind gives one clear problem line and nothing else is lost.

One workspace holds every kind of bad file at once (one build, to keep the suite fast); each test
then checks its own kind against that build's summary.
"""

from __future__ import annotations

import os
import pathlib
from pathlib import Path

import pytest

from ormb_assist.indexer.discovery import JAR_SOURCES, discover
from ormb_assist.indexer.models import IndexSummary
from ormb_assist.indexer.workspace import WorkspaceIndex
from ormb_assist.settings import Settings

MAX_BYTES = 40_000
MALFORMED = """package com.splwg.cm.domain.bad;

public class CmHalfWrittenAlgComp_Impl {
    public void cmStillParsedMethod() {
        int x = 1;
    }

    public void broken( {
        if (x > ) {
"""
LATIN1 = (
    "package com.splwg.cm.domain.bad;\n/** Pr\xe9f\xe9rence client. */\npublic class CmLatinOneComment {\n}\n"
)
BROKEN_DDL = """CREATE TABLE CM_GOOD_AFTER_BAD (
  GOOD_ID CHAR(10) NOT NULL,
  AMT NUMBER(15,2)
);
CREATE TABLE CM_BROKEN_TABLE (
  ID CHAR(10) NOT NULL,
  ((( this is not sql
);
"""


class Built:
    def __init__(
        self, workspace: Path, index: WorkspaceIndex, summary: IndexSummary, clean: WorkspaceIndex
    ) -> None:
        self.workspace, self.index, self.summary, self.clean = workspace, index, summary, clean

    def problems(self, path: str) -> list[str]:
        return [
            f"{p.kind}: {p.message}"
            for p in self.summary.problems
            if p.path == path or p.path.startswith(path + "!")
        ]


def _write_bad_files(workspace: Path) -> Path:
    bad = workspace / "src" / "bad"
    bad.mkdir(parents=True)
    (bad / "CmHalfWrittenAlgComp_Impl.java").write_text(MALFORMED, encoding="utf-8")
    (bad / "CmLatinOneComment.java").write_bytes(LATIN1.encode("latin-1"))
    (bad / "CmBinary.java").write_bytes(b"\xca\xfe\xba\xbe\x00\x00\x00\x34" + bytes(range(256)) * 4)
    (bad / "CmHuge.java").write_text("// filler\n" * (MAX_BYTES // 10 + 100), encoding="utf-8")
    (workspace / "db" / "99_broken.sql").write_text(BROKEN_DDL, encoding="utf-8")
    (workspace / "lib" / "corrupt.jar").write_bytes(b"PK\x03\x04 this is not really a zip archive")
    (workspace / "src" / "loop").symlink_to(workspace / "src", target_is_directory=True)
    (bad / "CmDangling.java").symlink_to(bad / "does-not-exist.java")
    os.mkfifo(bad / "CmPipe.java")
    (bad / "CmNoPermission.java").write_text("package x;\npublic class CmNoPermission {}\n", encoding="utf-8")
    return bad / "CmNoPermission.java"


@pytest.fixture(scope="module")
def built_workspace(tmp_path_factory: pytest.TempPathFactory, indexed_workspace: WorkspaceIndex) -> Built:
    from conftest import prebuilt_copy

    workspace = prebuilt_copy(tmp_path_factory.mktemp("bad") / "workspace", indexed_workspace.index_dir)
    no_permission = _write_bad_files(workspace)
    with pytest.MonkeyPatch.context() as patch:
        if os.geteuid() == 0:  # root reads through chmod 000: make the read itself fail instead
            real_read = pathlib.Path.read_bytes

            def read_bytes(self: pathlib.Path) -> bytes:
                if self.name == no_permission.name:
                    raise PermissionError(13, "Permission denied", str(self))
                return real_read(self)

            patch.setattr(pathlib.Path, "read_bytes", read_bytes)
        else:
            no_permission.chmod(0)
        index = WorkspaceIndex.open(workspace, Settings(max_file_bytes=MAX_BYTES))
        summary = index.build()
    return Built(workspace, index, summary, indexed_workspace)


def test_malformed_java_indexes_what_parses_and_reports_the_rest(built_workspace: Built) -> None:
    problems = built_workspace.problems("src/bad/CmHalfWrittenAlgComp_Impl.java")
    assert len(problems) == 1 and problems[0].startswith("syntax: Java syntax errors")
    cls = built_workspace.index.classes["com.splwg.cm.domain.bad.CmHalfWrittenAlgComp_Impl"]
    assert "cmStillParsedMethod" in [m.name for m in cls.methods]


def test_non_utf8_source_is_read_as_latin1_with_a_note(built_workspace: Built) -> None:
    problems = built_workspace.problems("src/bad/CmLatinOneComment.java")
    offset = LATIN1.encode("latin-1").index(b"\xe9")
    assert problems == [f"encoding: not valid UTF-8 (byte 0xe9 at offset {offset}); read as Latin-1"]
    assert "Préférence" in built_workspace.index.classes["com.splwg.cm.domain.bad.CmLatinOneComment"].javadoc


def test_binary_java_file_is_skipped(built_workspace: Built) -> None:
    assert built_workspace.problems("src/bad/CmBinary.java") == [
        "binary: binary content (NUL bytes) in a source file; skipped"
    ]
    assert "src/bad/CmBinary.java" not in built_workspace.index.files


def test_huge_file_is_skipped_with_its_size(built_workspace: Built) -> None:
    (problem,) = built_workspace.problems("src/bad/CmHuge.java")
    assert problem.startswith("too_large: ") and "max_file_bytes" in problem
    assert "src/bad/CmHuge.java" not in built_workspace.index.files


def test_broken_ddl_statement_is_reported_and_the_rest_of_the_file_kept(built_workspace: Built) -> None:
    problems = built_workspace.problems("db/99_broken.sql")
    assert problems and all(p.startswith("ddl: ") for p in problems)
    assert "CM_GOOD_AFTER_BAD" in built_workspace.index.tables
    assert built_workspace.index.tables["CM_GOOD_AFTER_BAD"].column("AMT") is not None


def test_corrupt_jar_is_reported(built_workspace: Built) -> None:
    problems = built_workspace.problems("lib/corrupt.jar")
    assert problems and problems[0].startswith("jar: ")


def test_symlink_loop_is_reported_once_and_not_followed(built_workspace: Built) -> None:
    assert [
        p for p in built_workspace.summary.problems if p.kind == "symlink_loop"
    ] and built_workspace.problems("src/loop")
    assert not any(path.startswith("src/loop/") for path in built_workspace.index.files)


def test_unreadable_files_are_reported(built_workspace: Built) -> None:
    assert built_workspace.problems("src/bad/CmDangling.java") == [
        "unreadable: cannot read file: broken symlink"
    ]
    assert built_workspace.problems("src/bad/CmPipe.java") == [
        "unreadable: not a regular file (device, FIFO or socket); skipped"
    ]
    (problem,) = built_workspace.problems("src/bad/CmNoPermission.java")
    assert problem.startswith("unreadable: cannot read file: Permission denied")


def test_nothing_else_is_lost(built_workspace: Built) -> None:
    index, clean = built_workspace.index, built_workspace.clean
    assert set(clean.classes) <= set(index.classes)
    assert set(clean.tables) <= set(index.tables)
    assert set(clean.spots) == set(index.spots)
    assert len(index.jar_classes) == len(clean.jar_classes)
    for name, spot in clean.spots.items():
        assert index.spots[name].implementations == spot.implementations
    # the good files were not even re-parsed
    found, _ = discover(clean.workspace, skip=[clean.index_dir])
    assert built_workspace.summary.files_unchanged == len([f for f in found if f.kind != JAR_SOURCES])


def test_discovery_finds_files_anywhere_but_skips_build_output_vcs_and_the_index(tmp_path: Path) -> None:
    for rel in ("a/b/c/Deep.java", "x.sql", "weird/place/lib.jar", "weird/place/lib-sources.jar"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x", encoding="utf-8")
    for rel in ("target/classes/Gen.java", ".git/hooks/Hook.java", "node_modules/m/M.java", "idx/Stale.java"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x", encoding="utf-8")
    found, problems = discover(tmp_path, skip=[tmp_path / "idx"])
    assert [(f.rel, f.kind) for f in found] == [
        ("a/b/c/Deep.java", "java"),
        ("weird/place/lib-sources.jar", JAR_SOURCES),
        ("weird/place/lib.jar", "jar"),
        ("x.sql", "ddl"),
    ]
    assert problems == []
