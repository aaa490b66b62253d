"""Hostile or unusual workspace content: bounded time and memory, the file named, nothing else lost.

DDL parsing runs in a child process that is killed after a minute, so a quadratic splitter fails
the test instead of hanging it; its CPU time (not wall time: the machine may be shared) is checked.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import EXAMPLE_WORKSPACE

from ormb_assist.cli import main
from ormb_assist.indexer import jars
from ormb_assist.indexer.workspace import WorkspaceIndex

STUB_JAR = EXAMPLE_WORKSPACE / "lib" / "ouaf-framework-stub.jar"
STUB_SOURCES = EXAMPLE_WORKSPACE / "lib" / "ouaf-framework-stub-sources.jar"
REPOSITORY = Path("src/cm/com/splwg/cm/domain/common/messageRepository")
CHILD_TIMEOUT_S = 60
_PARSE_IN_CHILD = """
import json, sys, time
from ormb_assist.indexer.ddl import parse_ddl
text = open(sys.argv[1], encoding="utf-8").read()
started = time.process_time()
tables, problems = parse_ddl(text, "big.sql")
seconds = time.process_time() - started
print(json.dumps({"cpu_s": seconds, "problems": [p.message for p in problems], "tables": {
    t.name: {"comment": t.comment, "primary_key": t.primary_key,
             "columns": [[c.name, c.data_type, c.nullable, c.comment] for c in t.columns]} for t in tables}}))
"""


def _parse_in_child(path: Path) -> dict:
    try:
        done = subprocess.run([sys.executable, "-c", _PARSE_IN_CHILD, str(path)], capture_output=True,
                              text=True, timeout=CHILD_TIMEOUT_S, check=True)  # fmt: skip
    except subprocess.TimeoutExpired:
        pytest.fail(f"parse_ddl did not finish {path.name} within {CHILD_TIMEOUT_S} s")
    return json.loads(done.stdout)


# ---- DDL: linear time ----------------------------------------------------------------------------


def test_a_megabyte_of_q_quotes_parses_in_linear_time(tmp_path: Path) -> None:
    delimiters = [("[", "]"), ("{", "}"), ("(", ")"), ("<", ">"), ("!", "!"), ("#", "#")]
    lines = ["CREATE TABLE CM_Q (ID CHAR(10) NOT NULL);\n", "-- a q'[ in a comment is not a quote\n"]
    for i in range(12_000):
        opener, closer = delimiters[i % len(delimiters)]
        lines.append(f"COMMENT ON COLUMN CM_Q.C{i} IS q'{opener}it's column {i}; see 'x'{closer}';\n")
    lines.append("COMMENT ON TABLE CM_Q IS 'plain; with q''[ inside';\n")
    # then an unterminated q-quote, which Oracle reads to the end of the file: 35,000 of them in a row
    lines.append("COMMENT ON TABLE CM_Q IS " + "q'[never closed " * 35_000)
    path = tmp_path / "big.sql"
    path.write_text("".join(lines), encoding="utf-8")
    assert path.stat().st_size > 1_000_000

    result = _parse_in_child(path)
    assert result["cpu_s"] < 20
    table = result["tables"]["CM_Q"]
    assert table["comment"] == "plain; with q'[ inside"
    columns = {name: comment for name, _, _, comment in table["columns"]}
    assert len(columns) == 12_001
    assert columns["C0"] == "it's column 0; see 'x'"  # [ ]
    assert columns["C4"] == "it's column 4; see 'x'"  # ! !
    assert columns["C11999"] == "it's column 11999; see 'x'"
    assert len(result["problems"]) == 1 and "COMMENT" in result["problems"][0]


def test_a_create_table_with_70000_columns_parses_in_linear_time(tmp_path: Path) -> None:
    columns = ",\n".join(f"  C{i} {'NUMBER(15,2)' if i % 2 else 'CHAR(10) NOT NULL'}" for i in range(70_000))
    path = tmp_path / "big.sql"
    path.write_text(
        f"CREATE TABLE CM_WIDE (\n{columns},\n  CONSTRAINT CM_WIDE_PK PRIMARY KEY (C1)\n);\n"
        "COMMENT ON COLUMN CM_WIDE.C69999 IS 'the last one';\n",
        encoding="utf-8",
    )

    result = _parse_in_child(path)
    assert result["cpu_s"] < 20
    assert result["problems"] == []
    table = result["tables"]["CM_WIDE"]
    assert len(table["columns"]) == 70_000 and table["primary_key"] == ["C1"]
    assert table["columns"][0] == ["C0", "CHAR(10)", False, ""]
    assert table["columns"][1] == ["C1", "NUMBER(15,2)", False, ""]  # NOT NULL from the primary key
    assert table["columns"][3] == ["C3", "NUMBER(15,2)", True, ""]
    assert table["columns"][-1] == ["C69999", "NUMBER(15,2)", True, "the last one"]


# ---- file names and encodings, through `ormb-assist index` ---------------------------------------

UNICODE_DOC = "Caf\u00e9 \u00fcber \u03bb"  # non-ASCII, so a wrong decoding shows


class Indexed:
    def __init__(self, workspace: Path, exit_code: int, output: str, stdout: str) -> None:
        self.workspace, self.exit_code, self.output, self.stdout = workspace, exit_code, output, stdout

    @property
    def summary(self) -> dict:
        return json.loads(self.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def indexed(tmp_path_factory: pytest.TempPathFactory) -> Indexed:
    """A small copy of the sample plus the odd files, indexed once through the CLI."""
    ws = tmp_path_factory.mktemp("content") / "workspace"
    shutil.copytree(EXAMPLE_WORKSPACE / "db", ws / "db")
    shutil.copytree(EXAMPLE_WORKSPACE / REPOSITORY, ws / REPOSITORY)
    odd = ws / "src" / "cm" / "com" / "splwg" / "cm" / "odd"
    odd.mkdir()
    name_bytes = os.fsencode(odd)
    with open(name_bytes + b"/CmBad\xff\xfeName.java", "wb") as handle:
        handle.write(b"package com.splwg.cm.odd;\npublic class CmBadName {}\n")
    os.mkdir(name_bytes + b"/caf\xe9")
    with open(name_bytes + b"/caf\xe9/CmInLatinFolder.java", "wb") as handle:
        handle.write(b"package com.splwg.cm.odd;\npublic class CmInLatinFolder {}\n")
    for encoding in ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
        name = "CmWide" + encoding.replace("-", "_").upper()
        source = f"package com.splwg.cm.odd;\n/** {UNICODE_DOC} */\npublic class {name} {{\n    int x;\n}}\n"
        (odd / f"{name}.java").write_bytes(("\ufeff" + source).encode(encoding))
    ddl = "CREATE TABLE CM_UTF16 (ID CHAR(10) NOT NULL);\nCOMMENT ON TABLE CM_UTF16 IS 'Caf\u00e9';\n"
    (ws / "db" / "99_utf16.sql").write_bytes(ddl.encode("utf-16"))  # BOM + native byte order
    result = CliRunner().invoke(main, ["index", str(ws), "--json"])
    return Indexed(ws, result.exit_code, result.output, result.stdout)


def test_a_file_name_that_is_not_utf8_is_skipped_and_named(indexed: Indexed) -> None:
    assert indexed.exit_code == 0, indexed.output
    problems = {p["path"]: p for p in indexed.summary["problems"]}
    bad_file = "src/cm/com/splwg/cm/odd/CmBad\\xff\\xfeName.java"
    bad_folder = "src/cm/com/splwg/cm/odd/caf\\xe9"
    assert problems[bad_file]["kind"] == "encoding" and "not valid UTF-8" in problems[bad_file]["message"]
    assert bad_folder in problems
    assert bad_file in indexed.output.replace("\n", "")  # the human summary names it too
    index = WorkspaceIndex.open(indexed.workspace)
    assert "com.splwg.cm.domain.common.messageRepository.CmMessageRepository" in index.classes
    assert not any("CmBadName" in fqn or "CmInLatinFolder" in fqn for fqn in index.classes)


def test_resolve_works_in_a_workspace_with_such_a_name(indexed: Indexed) -> None:
    result = CliRunner().invoke(main, ["resolve", "-w", str(indexed.workspace), "--json", "delete a bill"])
    assert result.exit_code == 0, result.output
    assert "CmBad\\xff\\xfeName.java" in result.output  # the note names the skipped file
    assert "spots" in json.loads(result.stdout.strip().splitlines()[-1])


def test_utf16_and_utf32_sources_with_a_bom_are_decoded_not_called_binary(indexed: Indexed) -> None:
    problems = indexed.summary["problems"]
    assert not [p for p in problems if p["kind"] == "binary"], problems
    index = WorkspaceIndex.open(indexed.workspace)
    wide = {fqn: cls for fqn, cls in index.classes.items() if ".odd.CmWide" in fqn}
    assert len(wide) == 4, sorted(index.classes)
    for cls in wide.values():
        assert UNICODE_DOC in cls.javadoc
        assert [f.name for f in cls.fields] == ["x"]
    assert index.tables["CM_UTF16"].comment == "Caf\u00e9"


# ---- jars: capped uncompressed bytes -------------------------------------------------------------


def _jar_with(path: Path, entries: dict[str, bytes], zeros: dict[str, int] | None = None) -> Path:
    """A jar of ``entries`` plus entries of N zero bytes (written in chunks: a tiny, high-ratio jar)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
        for name, size in (zeros or {}).items():
            with archive.open(name, "w") as handle:
                for _ in range(size // (1 << 20)):
                    handle.write(bytes(1 << 20))
    return path


def _stub_entries(jar: Path, suffix: str, limit: int | None = None) -> dict[str, bytes]:
    with zipfile.ZipFile(jar) as archive:
        names = [n for n in archive.namelist() if n.endswith(suffix)][:limit]
        return {name: archive.read(name) for name in names}


def test_a_high_ratio_class_entry_is_skipped_without_inflating_it(tmp_path: Path) -> None:
    real = _stub_entries(STUB_JAR, ".class", 5)
    jar = _jar_with(tmp_path / "bomb.jar", real, zeros={"com/x/Bomb.class": 96 << 20})
    assert jar.stat().st_size < 200_000
    tracemalloc.start()
    try:
        classes, problems = jars.read_jar(jar)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 32 << 20, f"peak {peak:,} bytes"
    assert len(classes) == 5
    (problem,) = problems
    assert problem.path == f"{jar}!com/x/Bomb.class"
    assert "100,663,296 bytes uncompressed is over the" in problem.message and "skipped" in problem.message


def test_uncompressed_bytes_per_jar_are_capped(tmp_path: Path) -> None:
    real = _stub_entries(STUB_JAR, ".class")
    jar = _jar_with(tmp_path / "many.jar", real)
    everything, _ = jars.read_jar(jar)
    capped, problems = jars.read_jar(jar, limits=jars.JarLimits(class_total=60_000))
    assert 0 < len(capped) < len(everything) == len(real)
    (problem,) = problems
    assert problem.path == str(jar)
    assert "60,000-byte limit for all class files of one jar" in problem.message
    assert "entries skipped" in problem.message


def test_a_huge_source_in_a_sources_jar_is_skipped_and_the_rest_kept(tmp_path: Path) -> None:
    classes = _stub_entries(STUB_JAR, ".class", 5)
    sources = _stub_entries(STUB_SOURCES, ".java")
    big = "com/splwg/base/api/BusinessEntity.java"
    sources[big] = sources[big] + b"// filler\n" * 3_000_000  # 30 MB that deflates to a few KB
    jar = _jar_with(tmp_path / "api.jar", classes)
    _jar_with(tmp_path / "api-sources.jar", sources)
    started = time.process_time()
    read, problems = jars.read_jar(jar)
    assert time.process_time() - started < 10
    by_fqn = {c.fqn: c for c in read}
    assert len(by_fqn) == 5
    assert by_fqn["com.splwg.base.api.BusinessEntity"].javadoc == ""  # its source was skipped
    assert any(c.javadoc for fqn, c in by_fqn.items() if fqn != "com.splwg.base.api.BusinessEntity")
    (problem,) = problems
    assert "api-sources.jar!com/splwg/base/api/BusinessEntity.java" in problem.message
    assert "over the 2,000,000-byte limit for one source file" in problem.message
