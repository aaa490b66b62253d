"""Root detection (``ormb_assist.workspace_root``) on temp folders, and the commands that use it:
a subfolder or a file finds the ORMB workspace above it, a stray index in a source folder does not
pin the root, and no index is ever created in a folder that is no workspace."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from ormb_assist.cli import main
from ormb_assist.errors import UserError
from ormb_assist.generation.output_dir import resolve_out, source_root
from ormb_assist.settings import Settings
from ormb_assist.workspace_root import cli_workspace, find_workspace_root, has_jars_or_ddl, index_refusal

PKG = "src/cm/com/splwg/cm/domain/billing/algorithm"


def _workspace(root: Path, jar: bool = True, ddl: bool = True) -> Path:
    """An ORMB-like layout: lib/*.jar, db/*.sql and a deep CM source tree."""
    (root / PKG).mkdir(parents=True)
    (root / PKG / "CmX.java").write_text("package com.splwg.cm.domain.billing.algorithm;\nclass CmX {}\n")
    if jar:
        (root / "lib").mkdir()
        (root / "lib" / "framework.jar").write_bytes(b"PK")
    if ddl:
        (root / "db").mkdir()
        (root / "db" / "01.sql").write_text("CREATE TABLE CI_X (ID CHAR(10));\n")
    return root


def test_a_deep_source_folder_or_file_finds_the_workspace_with_jars(tmp_path: Path) -> None:
    ws = _workspace(tmp_path / "ws", ddl=False)
    for start in (ws / PKG, ws / PKG / "CmX.java", ws / "src", ws / PKG / "NotSavedYet.java"):
        choice = find_workspace_root(start)
        assert choice.path == ws and choice.marker == "lib/*.jar" and choice.has_content, start
    assert find_workspace_root(ws).path == ws and not find_workspace_root(ws).moved


def test_ddl_alone_marks_the_workspace(tmp_path: Path) -> None:
    ws = _workspace(tmp_path / "ws", jar=False)
    assert find_workspace_root(ws / PKG).path == ws
    assert find_workspace_root(ws / PKG).marker == "db/*.sql"


def test_a_stray_index_in_a_source_folder_does_not_pin_the_root(tmp_path: Path) -> None:
    ws = _workspace(tmp_path / "ws")
    stray = ws / PKG / ".ormb-assist"
    stray.mkdir()
    (stray / "meta.json").write_text("{}")
    assert find_workspace_root(ws / PKG / "CmX.java").path == ws


def test_without_jars_or_ddl_the_folder_above_a_source_tree_is_used_and_flagged(tmp_path: Path) -> None:
    ws = _workspace(tmp_path / "ws", jar=False, ddl=False)
    choice = find_workspace_root(ws / PKG)
    assert choice.path == ws and choice.marker == "src" and not choice.has_content


def test_nothing_found_means_no_index_is_created_there(tmp_path: Path) -> None:
    loose = tmp_path / "loose" / "com" / "x"
    loose.mkdir(parents=True)
    choice = find_workspace_root(loose)
    assert not choice.found and choice.path == loose
    refusal = index_refusal(choice)
    assert refusal and "no index is created" in refusal and "rootMarkers" in refusal
    assert index_refusal(choice, index_dir_set=True) is None  # an explicit index folder is the user's call
    with pytest.raises(UserError, match="no ORMB workspace"):
        cli_workspace(loose)


def test_custom_markers_name_another_layout(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    (ws / "jars" / "x").mkdir(parents=True)
    (ws / "jars" / "x" / "a.jar").write_bytes(b"PK")  # three levels down: not seen by the folder scan
    (ws / "code" / "pkg").mkdir(parents=True)
    assert not find_workspace_root(ws / "code" / "pkg").found
    choice = find_workspace_root(ws / "code" / "pkg", ["jars/*/*.jar"])
    assert choice.path == ws and choice.has_content


def test_jars_two_levels_down_make_the_given_folder_a_workspace(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    (ws / "app").mkdir(parents=True)
    (ws / "app" / "f.jar").write_bytes(b"PK")
    assert has_jars_or_ddl(ws) and not has_jars_or_ddl(ws / "missing")
    assert find_workspace_root(ws).marker == "jars or DDL"


def test_root_markers_setting_takes_a_list_or_a_comma_separated_string() -> None:
    assert Settings.from_dict({"rootMarkers": ["a/*.jar", " b "]})[0].root_markers == ("a/*.jar", "b")
    assert Settings.from_dict({"rootMarkers": "a/*.jar,b"})[0].root_markers == ("a/*.jar", "b")
    settings, warnings = Settings.from_dict({"rootMarkers": 3})
    assert settings.root_markers == Settings().root_markers and "rootMarkers" in warnings[0]


def test_index_command_from_a_subfolder_indexes_the_workspace(tmp_path: Path, monkeypatch) -> None:
    ws = _workspace(tmp_path / "ws", jar=False)
    monkeypatch.chdir(ws / PKG)
    result = CliRunner().invoke(main, ["index", "--json"])
    assert result.exit_code == 0, result.output
    assert f"workspace root: {ws}" in result.stderr
    assert (ws / ".ormb-assist" / "meta.json").exists() and not (ws / PKG / ".ormb-assist").exists()


def test_index_command_refuses_a_folder_that_is_no_workspace(tmp_path: Path) -> None:
    loose = tmp_path / "loose"
    loose.mkdir()
    (loose / "A.java").write_text("class A {}\n")
    result = CliRunner().invoke(main, ["index", str(loose)])
    assert result.exit_code == 1 and "error: no ORMB workspace found" in result.stderr
    assert not (loose / ".ormb-assist").exists()


def test_out_resolves_against_the_workspace_source_root(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    rel, package = f"{PKG}/CmNew.java", "com.splwg.cm.domain.billing.algorithm"
    assert source_root(rel, package) == "src/cm"
    assert resolve_out(Path("src"), ws, rel, package) == ws / "src" / "cm"
    assert resolve_out(Path("."), ws, rel, package) == ws / "src" / "cm"
    assert resolve_out(Path("gen"), ws, rel, package) == ws / "gen"
    assert resolve_out(tmp_path / "abs", ws, rel, package) == tmp_path / "abs"
    assert source_root("Other.java", package) is None  # no package folders: no source root known


def test_dataset_without_the_training_extra_names_the_extra(prebuilt_workspace: Path, tmp_path: Path,
                                                            monkeypatch) -> None:  # fmt: skip
    import sys

    monkeypatch.setitem(sys.modules, "datasketch", None)  # what an install without [training] looks like
    out = tmp_path / "ds"
    result = CliRunner().invoke(main, ["dataset", "--workspace", str(prebuilt_workspace), "--out", str(out)])
    assert result.exit_code == 1, result.output
    assert "needs the 'training' extra" in result.stderr and "datasketch" in result.stderr
    assert "ModuleNotFoundError" not in result.output and "internal error" not in result.output


def test_an_endpoint_without_v1_reaches_the_api(tmp_path: Path) -> None:
    from openai_fake import fake_openai

    from ormb_assist.generation.endpoint import normalise_endpoint, not_found_hint
    from ormb_assist.generation.openai_backend import OpenAIBackend

    assert normalise_endpoint("http://gpu:8000/") == "http://gpu:8000/v1"
    assert normalise_endpoint("http://gpu:8000/proxy/api") == "http://gpu:8000/proxy/api"
    assert "try endpoint http://gpu/api/v1" in not_found_hint("http://gpu/api", 404)
    assert not_found_hint("http://gpu/v1", 404) == "" and not_found_hint("http://gpu/api", 500) == ""
    with fake_openai(tmp_path, {"models": ["ormb-lora"]}) as server:
        bare = server.url.removesuffix("/v1")
        settings, _ = Settings.from_dict({"backend": "openai", "endpoint": bare, "model": "ormb-lora"})
        health = OpenAIBackend(settings).health()
    assert health["ok"], health


def test_generate_from_a_subfolder_writes_into_the_source_root_and_says_where(
    prebuilt_workspace: Path, monkeypatch
) -> None:
    monkeypatch.chdir(prebuilt_workspace / PKG)  # no --workspace: found walking up
    objective = "when an FT freezes verify its GL lines net to zero"
    result = CliRunner().invoke(main, ["generate", "--out", "src", objective])
    assert result.exit_code == 0, result.output
    lines = result.stderr.splitlines()
    assert any(line.startswith("[") and "index of" in line for line in lines), lines  # progress
    assert any("writing and compiling" in line for line in lines), lines
    assert lines[-1].startswith("ok: ") and "; wrote " in lines[-1], lines[-1]
    written = Path(lines[-1].split("; wrote ", 1)[1])
    assert written.is_file() and written.is_relative_to(prebuilt_workspace / "src" / "cm" / "com" / "splwg")
    assert not (prebuilt_workspace / PKG / "src").exists()


def test_first_index_prints_no_lance_warnings(tmp_path: Path) -> None:
    import subprocess
    import sys

    ws = _workspace(tmp_path / "ws", jar=False)
    index_dir = tmp_path / "fresh-index"
    cli = [sys.executable, "-c", "from ormb_assist.cli import main; main()", "index", str(ws),
           "--index-dir", str(index_dir)]  # fmt: skip
    proc = subprocess.run(cli, capture_output=True, text=True, timeout=300, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert (index_dir / "lance").is_dir()
    assert "WARN" not in proc.stderr and "will be created" not in proc.stderr, proc.stderr[-2000:]
